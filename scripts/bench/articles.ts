/**
 * Synthetic news articles for the benchmark: the same N files for the same
 * seed, every time. Bodies are 300–800 words of English-like text drawn from a
 * word list with a seeded pseudo-random generator (common words often, rare
 * ones seldom, as in real text), with headings, lists, links and `related:`
 * pages; dates are spread over ten years, and each article has a few topics.
 */

/** mulberry32: a small, fast PRNG whose whole state is one 32-bit number. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

export const TOPICS = [
  "Adult social care",
  "Children and families",
  "Roads and transport",
  "Libraries and heritage",
  "Environment and waste",
  "Health and wellbeing",
  "Schools and education",
  "Council budget",
  "Loneliness and social isolation",
  "Partnership working",
  "Jobs and skills",
  "Community safety",
];

/**
 * content/settings/topics.yml with every topic the articles use: the project's own topics, then the rest of TOPICS,
 * as a council's site would have. The build refuses a page filed under a topic the file does not list.
 */
export function topicsFileWith(current: string): string {
  const missing = TOPICS.filter((topic) => !new RegExp(`^  - name: ${topic}$`, "m").test(current));
  return `${current.trimEnd()}\n${missing.map((topic) => `  - name: ${topic}\n    description: News about ${topic.toLowerCase()} in Leicestershire.\n`).join("")}`;
}

// Roughly in order of how often they are used: the generator favours the start of the list.
const WORDS = `the of and to a in for is on that with as by at from this will be are we our it have has
council county residents people said services community support local new work year years more
public plan people families new help which also their they about people can been would who all
Leicestershire Leicester Loughborough Hinckley Melton Market Harborough Lutterworth Coalville Ashby
Oadby Wigston Blaby Charnwood Rutland Shepshed Syston Birstall Anstey Enderby Narborough Ibstock
road roads highways repairs potholes gritting winter bus buses transport cycling walking parking
school schools pupils teachers education places admissions learning skills apprenticeships college
library libraries books reading heritage museum museums archives history volunteers volunteering
care social adults older carers homes independence wellbeing health mental physical prevention
children young families parents fostering adoption safeguarding youth early years nursery
budget savings funding spending investment finance million pounds cost costs government grant
environment climate carbon energy waste recycling household tip trees flooding biodiversity
business businesses economy jobs employment growth broadband digital investment enterprise town
partnership partners district borough city police fire rescue ambulance NHS hospital doctors
consultation survey views feedback engagement cabinet members meeting decision scrutiny report
programme project scheme initiative service strategy approach priority priorities framework
announced launched agreed approved published opened completed delivered improved extended
better stronger safer greener healthier fairer connected together across within around through
including during between following before after while because however although therefore
important significant major new local national regional rural urban village villages market
week month months today tomorrow spring summer autumn December January March September
councillor leader chief executive director lead member officer team staff workers volunteers
centre centres hub hall park parks country footpaths trails canal river water reservoir
housing homes development planning sites land infrastructure construction scheme junction
loneliness isolation friendship connection neighbours coordinators befriending visits calls
event events summit conference workshop session sessions open day exhibition festival fair
award awards recognition praised celebrated achieved success successful outstanding excellent
free online website digital apply register booking information advice guidance contact
increase decrease rise fall record highest lowest number numbers figures data percent
emergency response safety flood storm snow ice weather warning closure diversion works
elections election voting polling register candidates results count turnout ballot
tourism visitors attractions countryside landscape walks gardens castle abbey church heritage
food markets farmers producers dairy cheese pies Stilton festival tasting growers orchards
sport leisure swimming fitness activity active games athletes club clubs pitches playing
technology innovation research university students graduates science engineering data
transport railway station trains rail services timetable routes network connections
dementia autism disability disabilities accessible inclusion equality diversity fairness
poverty cost living energy bills warm spaces food banks hardship fund vouchers support
ambition vision commitment pledge promise target targets progress milestone review`.split(/\s+/);

/** Syllables for made-up words, which give the long tail of a real vocabulary (names, rare and technical words). */
const ONSETS = [
  "b",
  "bl",
  "br",
  "c",
  "ch",
  "cl",
  "cr",
  "d",
  "dr",
  "f",
  "fl",
  "g",
  "gr",
  "h",
  "j",
  "k",
  "l",
  "m",
  "n",
  "p",
  "pl",
  "pr",
  "r",
  "s",
  "sh",
  "sl",
  "st",
  "t",
  "th",
  "tr",
  "v",
  "w",
  "y",
];
const NUCLEI = ["a", "e", "i", "o", "u", "ai", "ea", "ee", "oo", "ou", "ow"];
const CODAS = ["", "", "", "", "ck", "d", "g", "l", "ll", "m", "n", "nd", "ng", "nt", "p", "r", "s", "st", "t"];
const ENDINGS = ["", "", "", "", "ing", "ed", "er", "s", "ly", "tion", "ment", "ness", "ford", "by", "ton", "ham"];
/** How many words the vocabulary has: a corpus of thousands of news articles uses tens of thousands of distinct words. */
const VOCABULARY_SIZE = 20_000;

/** The vocabulary, most frequent first: the real words above, then made-up ones, the same for every run. */
function vocabulary(): string[] {
  const words = new Set(WORDS);
  const random = seededRandom(1);
  const pick = <T>(items: readonly T[]) => items[Math.floor(random() * items.length)]!;
  while (words.size < VOCABULARY_SIZE) {
    const syllables = 1 + Math.floor(random() * 2);
    let word = "";
    for (let index = 0; index < syllables; index++) word += pick(ONSETS) + pick(NUCLEI) + pick(CODAS);
    words.add(word + pick(ENDINGS));
  }
  return [...words];
}

const DISTINCT_WORDS = vocabulary();
/** ln(size + 1): for drawing a word's rank with probability falling as 1/rank (Zipf's law). */
const LOG_SIZE = Math.log(DISTINCT_WORDS.length + 1);

const SPEAKERS = [
  "Councillor Jane Hughes, cabinet member for adults and communities",
  "Councillor Sam Patel, cabinet member for highways and transport",
  "Councillor Ruth Okafor, cabinet member for children and families",
  "the council's chief executive",
  "Councillor Tom Walker, lead member for the environment",
];

export interface Article {
  /** Inside the project, such as content/news/2019-04-12-library-funding-agreed-0042.md. */
  file: string;
  /** The path inside content/ that `related:` uses. */
  contentPath: string;
  title: string;
  date: string;
  text: string;
  words: number;
}

/** A generator of words, sentences and paragraphs from one seed. */
class Prose {
  constructor(private readonly random: () => number) {}

  int(min: number, max: number): number {
    return min + Math.floor(this.random() * (max - min + 1));
  }

  pick<T>(items: readonly T[]): T {
    return items[Math.floor(this.random() * items.length)]!;
  }

  /** A word, common ones far more often than rare ones: the word of rank r comes with a probability close to 1/r (Zipf's law). */
  word(): string {
    const rank = Math.floor(Math.exp(this.random() * LOG_SIZE)) - 1;
    return DISTINCT_WORDS[Math.min(rank, DISTINCT_WORDS.length - 1)]!;
  }

  sentence(min = 8, max = 22): string {
    const words = Array.from({ length: this.int(min, max) }, () => this.word());
    const text = words.join(" ");
    return `${text[0]!.toUpperCase()}${text.slice(1)}.`;
  }

  paragraph(): string[] {
    return Array.from({ length: this.int(2, 6) }, () => this.sentence());
  }
}

const countWords = (text: string) => text.split(/\s+/).filter(Boolean).length;

function pad(value: number, length = 2): string {
  return String(value).padStart(length, "0");
}

/**
 * N articles from a seed. Their dates run over the ten years before 2025 (so
 * none is scheduled in the future), in a shuffled order; each names up to
 * three earlier articles in `related:`, and some bodies link to a real page
 * of the site.
 */
export function generateArticles(count: number, seed = 2018): Article[] {
  const random = seededRandom(seed);
  const prose = new Prose(random);
  const start = Date.UTC(2015, 0, 1);
  const span = Date.UTC(2024, 11, 31) - start;
  const articles: Article[] = [];

  for (let index = 0; index < count; index++) {
    const day = new Date(start + Math.floor(random() * span));
    const date = `${day.getUTCFullYear()}-${pad(day.getUTCMonth() + 1)}-${pad(day.getUTCDate())}`;
    let title = prose.sentence(4, 9).slice(0, -1);
    if (title.length > 55) title = title.slice(0, 55).replace(/\s+\S*$/, "");
    title = `${title} ${index + 1}`;
    const slug = `${title
      .toLowerCase()
      .replace(/[^a-z0-9]+/g, "-")
      .replace(/^-|-$/g, "")}`;
    const file = `content/news/${date}-${slug}.md`;
    let description = prose.sentence(10, 20);
    if (description.length > 150) description = `${description.slice(0, 148).replace(/\s+\S*$/, "")}.`;
    const topics = [...new Set(Array.from({ length: prose.int(1, 3) }, () => prose.pick(TOPICS)))];
    const related = articles.length
      ? [...new Set(Array.from({ length: prose.int(0, 3) }, () => prose.pick(articles).contentPath))]
      : [];

    const target = prose.int(300, 800);
    const body: string[] = [];
    let words = 0;
    while (words < target) {
      const roll = random();
      let block: string;
      if (roll < 0.08 && body.length) block = `## ${prose.sentence(3, 6).slice(0, -1)}`;
      else if (roll < 0.14) block = Array.from({ length: prose.int(3, 5) }, () => `- ${prose.sentence(4, 10)}`).join("\n");
      else if (roll < 0.2) block = `> ${prose.sentence(12, 25)}\n\n${prose.pick(SPEAKERS)} said.`;
      else if (roll < 0.24)
        block = `${prose.sentence()} Read more [about the summit](/events/loneliness-summit/) or [all news](/news/).`;
      else block = prose.paragraph().join(" ");
      body.push(block);
      words += countWords(block);
    }

    const frontMatter = [
      "---",
      `title: "${title}"`,
      `description: "${description}"`,
      `date: ${date}`,
      "topics:",
      ...topics.map((topic) => `  - ${topic}`),
      ...(related.length ? ["related:", ...related.map((path) => `  - ${path}`)] : []),
      "---",
    ];
    articles.push({
      file,
      contentPath: file.replace(/^content\//, ""),
      title,
      date,
      text: `${frontMatter.join("\n")}\n${body.join("\n\n")}\n`,
      words,
    });
  }
  return articles;
}

/** Two words of the vocabulary, neither rare nor in every page, for the search measurement. */
export const SEARCH_QUERY = "canal footpaths";
