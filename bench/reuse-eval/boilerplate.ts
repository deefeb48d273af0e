// Lines news sites and agencies add to every story. The same strings recur across many
// stories on purpose: a reuse detector must not relate two stories through them, and the
// gold never counts them as reuse.
export const BOILERPLATE: readonly string[] = [
  'Photo: Getty Images',
  'Photo: Reuters',
  'Advertisement',
  'Copyright 2006 NZPA',
  '- NZPA',
  '- AAP',
  'Copyright (c) 2007 NZPA. All rights reserved. This material may not be published, broadcast, rewritten or redistributed.',
  'Sign up for our free daily newsletter to get the latest news from Parliament and the world delivered to your inbox.',
  'Share this article on Facebook, Twitter or by email with your friends and family.',
  'Additional reporting by NZPA and Reuters',
];
