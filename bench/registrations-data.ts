/**
 * Realistic Dutch names for `bench/registrations.ts`: a weighted catalogue of surnames (with tussenvoegsels,
 * diacritics and double names) and given names, and the search terms a member of the public would type
 * (with and without tussenvoegsel, without accents, with a small typo). Deterministic (seeded).
 */
import { normalizeSurname } from '../apps/server/src/modules/register/register.rules.ts'

/** A small, fast, seeded PRNG (mulberry32), so every run generates the same data and the same requests. */
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0
  return () => {
    a = (a + 0x6d2b79f5) >>> 0
    let t = a
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
}

// The most common Dutch surnames, roughly by frequency (CBG), with their tussenvoegsel.
const COMMON = `de Jong, Jansen, de Vries, van den Berg, van Dijk, Bakker, Janssen, Visser, Smit, Meijer, de Boer,
Mulder, de Groot, Bos, Vos, Peters, Hendriks, van Leeuwen, Dekker, Brouwer, de Wit, Dijkstra, Smits, de Graaf,
van der Meer, van der Linden, Kok, Jacobs, de Haan, Vermeulen, van den Heuvel, van der Veen, van den Broek,
de Bruijn, de Bruin, van der Heijden, Schouten, van Beek, Willems, van Vliet, van de Ven, Hoekstra, Maas,
Verhoeven, Koster, van Dam, van der Wal, Prins, Blom, Huisman, Peeters, de Jonge, Kuipers, van Veen, Post,
Kuiper, Veenstra, Kramer, van den Brink, Scholten, van Wijk, Postma, Martens, Vink, de Ruiter, Timmermans, Groen,
Gerritsen, Jonker, van Loon, Boer, van der Velde, Willemsen, Smeets, de Lange, de Vos, Bosch, van Dongen,
Schipper, de Koning, van der Laan, Koning, van der Velden, Driessen, van Doorn, Hermans, Evers, van den Bosch,
van der Meulen, Hofman, Bosman, Wolters, Sanders, van der Horst, Mertens, Kuijpers, Verbeek, van Rijn, Wouters,
Mol, Hoogendoorn, Goossens, Bouwman, van Beek, Claassen, Brink, Veldman, Verschuren, Stam, Hoek, Wijnen,
van Dalen, Keizer, Lammers, van Rooij, Ouwehand, Kroon, Koopman, Dijkman, van Houten, Meijers, Aarts, ter Horst,
Teunissen, van Wijngaarden, Hoogland, Verweij, van Es, 't Hart, in 't Veld, van 't Hof, op de Beek, ten Brink,
Kerkhof, Franken, Veenendaal, Roelofs, Zwart, van Asten, Rutten, Hendrikx, Bekker, de Bakker, Geerts, IJzerman`
  .split(',')
  .map((s) => s.trim())

// Names of Dutch people with roots elsewhere: accents and letters NFD does not split (ı, ø, ł).
const WORLD = `Yılmaz, Kaya, Demir, Şahin, Çelik, Yıldız, Öztürk, Aydın, Doğan, Arslan, Koç, Kılıç, Aktaş, Güneş,
El Amrani, Bouzid, Benali, El Idrissi, Ait Taleb, Ouali, Ziani, Bakkali, El Khatib, Azzouzi, Tahiri, Boukhari,
Ramdin, Sewdien, Baldewsingh, Mohan, Ramlal, Jagesar, Kanhai, Lachman, Biharie, Soekhlal, Nguyễn, Trần, Lê, Phạm,
Đặng, Võ, Kowalski, Nowak, Wiśniewski, Wójcik, Lewandowski, Kamiński, Zieliński, Szymański, Łukasik, Dąbrowski,
Müller, Schröder, Schäfer, Köhler, Jäger, Sørensen, Jørgensen, Gonçalves, Fernández, Martínez, García, López,
da Silva, dos Santos, de la Cruz, Pérez, Müjde, Özdemir, Karakuş, Gündoğdu, Ibrahimović, Hadžić, Petrović`
  .split(',')
  .map((s) => s.trim())

// Building blocks of the long tail: Dutch surnames are often a place word plus an ending.
const STEMS =
  `Hoog, Laag, Groot, Klein, Wester, Ooster, Noorder, Zuider, Mid, Brink, Berg, Bosch, Veen, Dijk, Haar, Hout,
Kamp, Molen, Steen, Water, Zand, Linde, Eike, Beuke, Wit, Zwart, Rood, Groene, Bruin, Blauw, Heuvel, Velde, Akker,
Weide, Donk, Brug, Stroom, Kerk, Hof, Vlie, Lin, Rijn, Maas, Schel, Graven, Heemst, Leeuw, Vos, Hart, Ham, Wolf,
Bree, Dorren, Ever, Geer, Hend, Kuip, Ter, Roo, Sloot`
    .split(',')
    .map((s) => s.trim())
const ENDINGS = `man, mans, sma, stra, inga, ema, werf, veld, dijk, doorn, hof, horst, kamp, meer, broek, berg, beek,
brink, hout, huis, straten, land, wijk, rooij, schot, loo, gaarde, bos, heuvel, water, bergen, rade, kate, zijl`
  .split(',')
  .map((s) => s.trim())

const INFIXES = ['van', 'van der', 'van den', 'van de', 'de', 'ter', 'ten', 'van het']

// Sounds of Dutch names, for the rarest names ("Kroonink", "Dreesma", "Veltkamp").
const ONSETS = 'b br d dr g gr h k kl kr l m n p pr r s sch sl sm sp st t tr v vl w wr z j'.split(' ')
const VOWELS = 'a aa e ee i ie o oo oe u uu ei ij ou eu'.split(' ')
const CODAS = ' k l m n ng r s t rt nk lt ns rk st ld rn ls'.split(' ')
const SUFFIXES = ' e er en ink ing ma sma stra huis man s se sen ers kamp veld hof'.split(' ')

const GIVEN = `Daan, Sem, Lucas, Jan, Pieter, Willem, Johannes, Cornelis, Hendrik, Gerrit, Thomas, Ruben, Bram, Mohamed,
Ahmet, Youssef, Emre, Jeroen, Mark, Dennis, Kevin, Sander, Bas, Niels, Rik, Anne, Emma, Julia, Sophie, Lisa,
Sanne, Fleur, Maria, Johanna, Cornelia, Anna, Petra, Monique, Ingrid, Esther, Marloes, Fatima, Aylin, Nadia,
Ilse, Karin, Linda, Wendy, Iris, Noor, Eva, Tessa, Lotte, Femke, Hanneke, Inge, Marieke, Özlem, Ümit, Élise`
  .split(',')
  .map((s) => s.trim())

export interface NameEntry {
  infix: string
  surname: string
  /** normalizeSurname(infix + ' ' + surname): the real function of the app. */
  surnameSearch: string
  weight: number
}

export interface GivenEntry {
  givenName: string
  initials: string
  weight: number
}

const capitalise = (word: string) =>
  word.startsWith('ij') ? `IJ${word.slice(2)}` : word[0]!.toUpperCase() + word.slice(1)

const splitInfix = (full: string) => {
  const words = full.split(' ')
  let i = 0
  while (i < words.length - 1 && /^(van|de|der|den|het|ter|ten|te|'t|in|op|da|dos|la)$/.test(words[i]!)) i++
  return { infix: words.slice(0, i).join(' '), surname: words.slice(i).join(' ') }
}

/**
 * The surname catalogue, weights summing to 1, shaped like the Netherlands: 22 % from the common names (a Zipf
 * tail: "de Jong" about 0.7 %), 10 % names with accents, 28 % from about 2,000 composed names (a few hundred
 * people each), 36 % from a long tail of 60,000 rarer names (a handful of people each: a third composed of
 * three parts, two thirds made of Dutch sounds) and 4 % double names ("Bakker-de Vries").
 */
export function surnameCatalogue(): NameEntry[] {
  const random = seededRandom(20261)
  const entries: NameEntry[] = []
  const add = (infix: string, surname: string, weight: number) => {
    entries.push({ infix, surname, surnameSearch: normalizeSurname(`${infix} ${surname}`), weight })
  }
  const zipf = (names: string[], share: number, exponent: number) => {
    const total = names.reduce((sum, _, k) => sum + (k + 1) ** -exponent, 0)
    names.forEach((name, k) => {
      const { infix, surname } = splitInfix(name)
      add(infix, surname, (share * (k + 1) ** -exponent) / total)
    })
  }
  const anyOf = <T>(list: T[]) => list[Math.floor(random() * list.length)]!
  const join = (a: string, b: string) => a + (a.endsWith(b[0]!) ? b.slice(1) : b)
  const withInfix = (share: number) => (random() < share ? anyOf(INFIXES) : '')
  zipf([...new Set(COMMON)], 0.22, 0.4)
  zipf(WORLD, 0.1, 0.5)
  const composed = new Map<string, string>()
  for (const stem of STEMS) {
    for (const ending of ENDINGS) if (random() >= 0.1) composed.set(join(stem, ending), withInfix(0.15))
  }
  const weights = [...composed].map(() => 0.2 + random() * 1.6)
  const weightTotal = weights.reduce((a, b) => a + b, 0)
  let i = 0
  for (const [surname, infix] of composed) add(infix, surname, (0.28 * weights[i++]!) / weightTotal)
  const tail = new Map<string, string>()
  const syllable = () => anyOf(ONSETS) + anyOf(VOWELS) + anyOf(CODAS)
  const composedOfThree = () => {
    const first = anyOf(STEMS)
    let second = anyOf(STEMS)
    while (second === first) second = anyOf(STEMS)
    return join(join(first, second.toLowerCase()), anyOf(ENDINGS))
  }
  while (tail.size < 60_000) {
    // A third composed of three parts ("Hoogbergveld"), two thirds from sounds ("Kroonink").
    const surname =
      random() < 1 / 3
        ? composedOfThree()
        : capitalise(syllable() + (random() < 0.5 ? syllable() : '') + anyOf(SUFFIXES))
    if (surname.length >= 4 && !composed.has(surname)) tail.set(surname, withInfix(0.12))
  }
  for (const [surname, infix] of tail) add(infix, surname, 0.36 / tail.size)
  // Double names: own name, a hyphen, the partner's name with its tussenvoegsel ("Bakker-de Vries").
  const doubles = 3000
  for (let d = 0; d < doubles; d++) {
    const first = splitInfix(anyOf(COMMON))
    add(first.infix, `${first.surname}-${anyOf(COMMON)}`, 0.04 / doubles)
  }
  return entries
}

/** Given names with one to three initials ("Jan" → "J.", "J.W.", "J.W.M."). */
export function givenCatalogue(): GivenEntry[] {
  const random = seededRandom(20262)
  const letters = 'ACEHJMPW'
  const entries: GivenEntry[] = []
  for (const givenName of GIVEN) {
    const first = givenName.normalize('NFD')[0]!.toUpperCase()
    entries.push({ givenName, initials: `${first}.`, weight: 5 })
    for (let i = 0; i < 4; i++) {
      const extra = Array.from({ length: 1 + Math.floor(random() * 2) }, () => letters[Math.floor(random() * 8)])
      entries.push({ givenName, initials: [first, ...extra].map((l) => `${l}.`).join(''), weight: 1 })
    }
  }
  return entries
}

/** Picks entries by weight (cumulative weights, binary search). */
export function weightedPicker<T extends { weight: number }>(entries: T[]): (random: () => number) => T {
  const cumulative: number[] = []
  let total = 0
  for (const entry of entries) {
    total += entry.weight
    cumulative.push(total)
  }
  return (random) => {
    const r = random() * total
    let lo = 0
    let hi = cumulative.length - 1
    while (lo < hi) {
      const mid = (lo + hi) >> 1
      if (cumulative[mid]! > r) hi = mid
      else lo = mid + 1
    }
    return entries[lo]!
  }
}

const stripAccents = (s: string) => s.normalize('NFD').replace(/\p{M}/gu, '')

/** One small typo: a letter left out, two letters swapped, one replaced, or one doubled. */
function typo(word: string, random: () => number): string {
  if (word.length < 4) return word
  const i = 1 + Math.floor(random() * (word.length - 2))
  switch (Math.floor(random() * 4)) {
    case 0:
      return word.slice(0, i) + word.slice(i + 1)
    case 1:
      return word.slice(0, i) + word[i + 1] + word[i] + word.slice(i + 2)
    case 2:
      return word.slice(0, i) + 'aeiou'[Math.floor(random() * 5)] + word.slice(i + 1)
    default:
      return word.slice(0, i) + word[i] + word.slice(i)
  }
}

export interface SearchTerm {
  surname: string
  initials?: string
}

/**
 * What people type, drawn by the population's name frequencies: the surname as written (30 %), with its
 * tussenvoegsel (20 %), in lower case without accents (15 %), with a small typo (20 %), or with initials (15 %).
 */
export function searchTerms(count: number, seed = 20263): SearchTerm[] {
  const random = seededRandom(seed)
  const pickName = weightedPicker(surnameCatalogue())
  const pickGiven = weightedPicker(givenCatalogue())
  const terms: SearchTerm[] = []
  while (terms.length < count) {
    const { infix, surname } = pickName(random)
    const r = random()
    if (r < 0.3) terms.push({ surname })
    else if (r < 0.5) terms.push({ surname: infix ? `${infix} ${surname}` : surname })
    else if (r < 0.65) terms.push({ surname: stripAccents(surname).toLowerCase() })
    else if (r < 0.85) terms.push({ surname: typo(surname, random) })
    else terms.push({ surname, initials: pickGiven(random).initials })
  }
  return terms
}
