// What people search the AU PM transcripts for: topics, places, names and
// institutions that recur across fifty years of press conferences and speeches.
// A fixed list (not sampled from the database) so a run is repeatable on any build.

export const WORDS: readonly string[] = Object.freeze([
  // economy and work
  'economy', 'inflation', 'unemployment', 'jobs', 'wages', 'tax', 'GST', 'budget', 'deficit', 'surplus',
  'interest', 'rates', 'dollar', 'exports', 'imports', 'tariffs', 'trade', 'investment', 'productivity', 'growth',
  'recession', 'industry', 'manufacturing', 'mining', 'farmers', 'wool', 'wheat', 'beef', 'coal', 'gas',
  'superannuation', 'pensions', 'welfare', 'Medicare', 'hospitals', 'health', 'education', 'schools', 'universities', 'childcare',
  'housing', 'infrastructure', 'roads', 'rail', 'broadband', 'telecommunications', 'privatisation', 'Telstra', 'banks', 'unions',
  // security and foreign affairs
  'defence', 'security', 'terrorism', 'alliance', 'troops', 'navy', 'peacekeeping', 'refugees', 'asylum', 'immigration',
  'border', 'boats', 'intelligence', 'sanctions', 'treaty', 'summit', 'diplomacy', 'embassy', 'ambassador', 'aid',
  'war', 'veterans', 'Anzac', 'Gallipoli', 'Vietnam', 'Afghanistan', 'Iraq', 'Kuwait', 'Israel', 'Palestine',
  // places
  'China', 'Japan', 'Indonesia', 'India', 'Korea', 'Singapore', 'Malaysia', 'Thailand', 'Philippines', 'Hanoi',
  'America', 'Washington', 'Britain', 'London', 'Europe', 'France', 'Germany', 'Russia', 'Canada', 'Zealand',
  'Pacific', 'Asia', 'Timor', 'Papua', 'Fiji', 'Solomon', 'Bali', 'Jakarta', 'Beijing', 'Tokyo',
  'Sydney', 'Melbourne', 'Brisbane', 'Perth', 'Adelaide', 'Hobart', 'Darwin', 'Canberra', 'Queensland', 'Tasmania',
  // institutions and events
  'APEC', 'ASEAN', 'UN', 'NATO', 'WTO', 'G20', 'Commonwealth', 'parliament', 'Senate', 'cabinet',
  'election', 'referendum', 'republic', 'constitution', 'Reserve', 'Treasury', 'Liberal', 'Labor', 'Nationals', 'Greens',
  'Olympics', 'drought', 'bushfires', 'floods', 'cyclone', 'pandemic', 'COVID', 'vaccine', 'climate', 'emissions',
  'carbon', 'environment', 'Murray', 'water', 'reef', 'energy', 'nuclear', 'uranium', 'Aboriginal', 'reconciliation',
  'indigenous', 'native', 'title', 'multiculturalism', 'citizenship', 'family', 'women', 'youth', 'crime', 'drugs',
  // people
  'Howard', 'Keating', 'Hawke', 'Fraser', 'Whitlam', 'Rudd', 'Gillard', 'Abbott', 'Turnbull', 'Morrison',
  'Costello', 'Downer', 'Beazley', 'Peacock', 'Menzies', 'Bush', 'Clinton', 'Obama', 'Blair', 'Suharto',
  'Yudhoyono', 'Bolger', 'Clark', 'Key', 'Jiang', 'Hu', 'Koizumi', 'Mandela', 'Queen', 'Reagan',
]);

/** Phrases that occur in the transcripts, for phrase queries. */
export const PHRASES: readonly string[] = Object.freeze([
  'Prime Minister', 'United States', 'New Zealand', 'free trade agreement', 'national security', 'Asia Pacific',
  'interest rates', 'Reserve Bank', 'United Nations', 'East Timor', 'Middle East', 'Papua New Guinea',
  'climate change', 'native title', 'Gold Coast', 'Great Barrier Reef', 'goods and services tax', 'small business',
  'the Australian people', 'health care', 'border protection', 'carbon tax', 'stolen generations', 'war on terror',
]);

/** Words so common that ORing many of them makes the engine merge huge posting lists. */
export const COMMON_WORDS: readonly string[] = Object.freeze([
  'the', 'of', 'and', 'to', 'a', 'in', 'that', 'is', 'it', 'we', 'i', 'for', 'be', 'this', 'have', 'on', 'are', 'not', 'you',
  'with', 'as', 'there', 'they', 'was', 'but', 'will', 'at', 'by', 'what', 'all', 'about', 'an', 'do', 'been', 'would', 'has',
  'from', 'very', 'our', 'think', 'can', 'so', 'he', 'one', 'or', 'if', 'their', 'more', 'which', 'people', 'australia',
  'government', 'minister', 'prime', 'question', 'now', 'well', 'some', 'those', 'were', 'going', 'other', 'any', 'who',
  'its', 'also', 'us', 'these', 'say', 'new', 'time', 'world', 'my', 'me', 'made', 'them', 'no', 'just', 'when', 'get',
  'know', 'than', 'out', 'up', 'had', 'could', 'should', 'because', 'year', 'years', 'like', 'country', 'australian', 'into',
  'said', 'over', 'make', 'want', 'his', 'way', 'only', 'many', 'here', 'how', 'important', 'today', 'good', 'take', 'last',
  'first', 'every', 'see', 'then', 'where', 'look', 'course', 'whether', 'two', 'great', 'both', 'much', 'matter', 'did',
  'own', 'may', 'being', 'support', 'number', 'indeed', 'national', 'part', 'put', 'states', 'across', 'come', 'under', 'yes',
  'again', 'really', 'right', 'certainly', 'policy', 'issue', 'community', 'work', 'future', 'economic', 'never', 'before', 'still',
]);
