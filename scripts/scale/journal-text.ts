import type { Prng } from './prng';

/**
 * Journal text from a Norwegian home-care vocabulary and sentence patterns, so that
 * full-text search is measured on words with a realistic spread (a few very common,
 * most rare), never on lorem ipsum.
 */

const PERSON = ['Bruker', 'Hun', 'Han', 'Pasienten', 'Brukeren'];
const RELATIVE = [
  'datteren',
  'sønnen',
  'ektefellen',
  'svigerdatteren',
  'naboen',
  'barnebarnet',
  'søsteren',
  'broren',
  'en venninne',
  'verge',
];
const ROOM = ['kjøkkenet', 'stua', 'badet', 'soverommet', 'gangen', 'trappa', 'vaskerommet'];
const WEEKDAY = ['mandag', 'tirsdag', 'onsdag', 'torsdag', 'fredag', 'lørdag', 'søndag'];
const AID = [
  'rullator',
  'dusjkrakk',
  'toalettforhøyer',
  'trygghetsalarm',
  'sengebøyle',
  'gripetang',
  'medisindispenser',
  'komfyrvakt',
  'elektrisk seng',
  'rullestol',
  'strømpepåtrekker',
  'badekarbrett',
  'dørterskeleliminator',
  'GPS-klokke',
  'digitalt tilsyn',
  'elektronisk medisineringsstøtte',
];
const ACTIVITY = [
  'handle på butikken',
  'lage middag',
  'dusje selv',
  'gå tur med hunden',
  'gå i trappene',
  'ta bussen til sentrum',
  'stelle hagen',
  'gå på seniorsenteret',
  'strikke',
  'lese avisa',
  'kle på seg',
  'komme seg opp av sengen',
  'vaske klær',
  'bære inn ved',
  'gå i kirken',
  'besøke venner',
  'ringe barna',
  'ta medisinene til riktig tid',
  'gå på trimgruppa',
  'fiske fra kaia',
];
const SYMPTOM = [
  'svimmel når hun reiser seg',
  'slapp og trett',
  'tungpustet i bakker',
  'smerter i hofta',
  'hovne legger',
  'nedsatt matlyst',
  'urolig om natten',
  'glemsom',
  'nedstemt',
  'redd for å falle',
  'smerter i ryggen',
  'vondt i kneet',
  'dårlig søvn',
  'forstoppelse',
  'tørr hud og sår på leggen',
  'økt tretthet etter sykehusoppholdet',
  'uro og angst på kveldstid',
  'hørselsnedsettelse',
  'synsnedsettelse',
];
const DIAGNOSIS = [
  'hjertesvikt',
  'KOLS',
  'diabetes type 2',
  'lårhalsbrudd',
  'hjerneslag',
  'demens',
  'Parkinsons sykdom',
  'artrose',
  'osteoporose',
  'depresjon',
  'atrieflimmer',
  'nyresvikt',
  'kreft',
  'bipolar lidelse',
  'rusavhengighet',
];
const SERVICE = [
  'hjemmesykepleie morgen og kveld',
  'praktisk bistand annenhver uke',
  'hverdagsrehabilitering i seks uker',
  'matombringing fem dager i uka',
  'trygghetsalarm',
  'dagsenter to dager i uka',
  'korttidsopphold',
  'avlastning for pårørende',
  'støttekontakt',
  'psykisk helsetjeneste',
  'fysioterapi i hjemmet',
  'ergoterapeutvurdering',
  'frisklivssentralen',
  'besøksvenn fra frivilligsentralen',
];
const GOAL = [
  'klare å dusje selv igjen',
  'gå til butikken uten hjelp',
  'bo hjemme så lenge som mulig',
  'komme seg ut på tur hver dag',
  'lage frokost selv',
  'delta på seniordansen',
  'føle seg trygg om natten',
  'ta medisinene selv',
  'gå i trappa til andre etasje',
  'besøke barnebarna i byen',
  'stelle hagen i sommer',
  'sove bedre',
  'få struktur på dagen',
  'komme i gang med trening',
];
const PROFESSION = [
  'sykepleier',
  'fysioterapeut',
  'ergoterapeut',
  'vernepleier',
  'saksbehandler',
  'koordinator',
  'fastlegen',
  'hjemmesykepleien',
];
const PLACE = [
  'UNN',
  'sykehuset',
  'legevakta',
  'korttidsavdelingen',
  'rehabiliteringsavdelingen',
  'fastlegekontoret',
  'dagsenteret',
];

type Fill = (r: Prng) => string;
const p =
  (items: readonly string[]): Fill =>
  (r) =>
    r.pick(items);
const n =
  (min: number, max: number): Fill =>
  (r) =>
    String(r.int(min, max));

/** `{0}`, `{1}` … in the pattern are filled by the slots in order. */
type Pattern = readonly [string, ...Fill[]];

const OPENING: Record<string, readonly Pattern[]> = {
  HOME_VISIT: [
    ['Hjemmebesøk sammen med {0}.', p(PROFESSION)],
    ['Hjemmebesøk. {0} tok imot oss i {1}.', p(PERSON), p(ROOM)],
    ['Første hjemmebesøk i vurderingsperioden, {0} til stede.', p(RELATIVE)],
    ['Oppfølgingsbesøk {0} formiddag.', p(WEEKDAY)],
    ['Kartleggingsbesøk i hjemmet, ca. {0} minutter.', n(30, 120)],
  ],
  PHONE_CALL: [
    ['Telefon fra {0}.', p(RELATIVE)],
    ['Ringte {0} for å høre hvordan det går.', p(PERSON)],
    ['Telefonsamtale med {0} om videre oppfølging.', p(PROFESSION)],
    ['{0} ringte og var bekymret.', p(RELATIVE)],
    ['Samtale med {0} etter utskrivning fra {1}.', p(PROFESSION), p(PLACE)],
  ],
  MEETING: [
    ['Tverrfaglig møte med {0}, {1} og {2}.', p(PROFESSION), p(PROFESSION), p(RELATIVE)],
    ['Samarbeidsmøte på {0}.', p(PLACE)],
    ['Kartleggingssamtale med bruker og {0}.', p(RELATIVE)],
    ['Teammøte: gjennomgang av vurderingsforløpet dag {0}.', n(2, 14)],
    ['Møte om mål og tiltaksplan sammen med {0}.', p(RELATIVE)],
  ],
  FINDING: [
    ['Funksjonskartlegging gjennomført.', () => ''],
    ['Kartlegging etter IPLOS, {0} variabler skåret.', n(8, 17)],
    ['Vurdering av gangfunksjon og balanse.', () => ''],
    ['Ernæringskartlegging (MNA) gjennomført.', () => ''],
    ['Kognitiv screening gjennomført, MMSE {0} av 30.', n(14, 30)],
  ],
  NOTE: [
    ['Notat.', () => ''],
    ['Kort notat etter samtale med {0}.', p(PROFESSION)],
    ['Til orientering for teamet.', () => ''],
    ['Oppdatering.', () => ''],
  ],
  INTERIM_SERVICE: [
    ['Midlertidig tiltak i vurderingsperioden: {0}.', p(SERVICE)],
    ['Startet {0} fra {1}.', p(SERVICE), p(WEEKDAY)],
  ],
};

const BODY: readonly Pattern[] = [
  ['{0} forteller at {1} har vært {2} den siste uka.', p(PERSON), p(['hun', 'han']), p(SYMPTOM)],
  ['{0} har falt {1} ganger siste måned, sist på {2}.', p(PERSON), n(1, 4), p(ROOM)],
  ['Fallet skjedde natt til {0} da {1} skulle på toalettet.', p(WEEKDAY), p(['hun', 'han'])],
  ['{0} ønsker å kunne {1} igjen.', p(PERSON), p(ACTIVITY)],
  ['Klarer ikke lenger å {0} uten hjelp.', p(ACTIVITY)],
  ['Klarer selv å {0}, men trenger tilsyn.', p(ACTIVITY)],
  ['Bruker {0} innendørs, men ikke ute.', p(AID)],
  ['Det er søkt om {0} fra hjelpemiddelsentralen.', p(AID)],
  ['Ergoterapeut vurderer behov for {0} og {1}.', p(AID), p(AID)],
  ['{0} har {1} og {2}.', p(PERSON), p(DIAGNOSIS), p(DIAGNOSIS)],
  ['Kjent {0}, fulgt opp av fastlegen.', p(DIAGNOSIS)],
  ['Blodtrykk {0}/{1}, puls {2}.', n(105, 175), n(60, 100), n(52, 110)],
  ['Vekt {0} kg, ned {1} kg siden forrige måling.', n(45, 95), n(1, 6)],
  ['Saturasjon {0} % i hvile.', n(88, 99)],
  ['Medisinlisten er gjennomgått sammen med {0}.', p(PROFESSION)],
  ['Det er uoverensstemmelse mellom medisinlisten og dosetten; fastlegen er kontaktet.', () => ''],
  ['{0} bor alene i {1}-roms leilighet i {2}. etasje uten heis.', p(PERSON), n(2, 4), n(1, 4)],
  ['{0} bor sammen med ektefelle som selv har hjelpebehov.', p(PERSON)],
  ['{0} handler inn en gang i uka og følger til legen.', p(RELATIVE)],
  ['{0} bor i nærheten og kommer innom nesten hver dag.', p(RELATIVE)],
  ['Pårørende er slitne og ønsker avlastning.', () => ''],
  ['Det viktigste for {0} er å {1}.', p(['henne', 'ham']), p(GOAL)],
  ['Hva er viktig for deg? «Å {0}», svarer {1}.', p(GOAL), p(['hun', 'han'])],
  ['Mål i brukerens egne ord: «Jeg vil {0}.»', p(GOAL)],
  ['Avtalt nytt besøk på {0}.', p(WEEKDAY)],
  ['Fysioterapeut starter hverdagsrehabilitering med fokus på å {0}.', p(ACTIVITY)],
  ['Det er vurdert at {0} kan dekke behovet i vurderingsperioden.', p(SERVICE)],
  ['Bruker takker nei til {0} foreløpig.', p(SERVICE)],
  [
    'Frivilligsentralen kan tilby {0}.',
    p(['besøksvenn', 'turvenn', 'handlehjelp', 'følgetjeneste']),
  ],
  ['Trimgruppa på seniorsenteret møtes {0} klokka {1}.', p(WEEKDAY), n(10, 14)],
  ['Boligen er ryddig, men det er løse tepper i {0} og dårlig belysning i {1}.', p(ROOM), p(ROOM)],
  ['Kjøleskapet var nesten tomt, og det var usikkert om {0} hadde spist.', p(['hun', 'han'])],
  ['Appetitten er {0}, spiser {1} måltider om dagen.', p(['god', 'redusert', 'variabel']), n(1, 4)],
  ['Sover dårlig og er {0}.', p(SYMPTOM)],
  ['Huden på hælene er rød, men hel; trykkavlastning forklart.', () => ''],
  ['Sår på venstre legg er skiftet, tørt og rent.', () => ''],
  ['{0} kom hjem fra {1} for {2} dager siden.', p(PERSON), p(PLACE), n(1, 12)],
  ['Epikrise fra {0} er mottatt og lest.', p(PLACE)],
  ['Brukeren er samtykkekompetent og ønsker at {0} blir informert.', p(RELATIVE)],
  ['Det er ikke funnet grunnlag for {0} nå.', p(SERVICE)],
  ['Vi har drøftet {0} som alternativ til {1}.', p(SERVICE), p(SERVICE)],
  ['{0} vil helst klare seg selv og er skeptisk til hjelp.', p(PERSON)],
  ['Stemningsleiet virker {0} i dag.', p(['lavt', 'stabilt', 'bedre enn sist', 'noe urolig'])],
  ['Det er avtalt at {0} følger opp til {1}.', p(PROFESSION), p(WEEKDAY)],
  ['Risiko for underernæring vurderes som {0}.', p(['lav', 'moderat', 'høy'])],
  ['Gangfunksjon: går {0} meter med {1}, stopper for å hvile.', n(10, 300), p(AID)],
  ['Reiser seg fra stol uten støtte {0} ganger på 30 sekunder.', n(2, 14)],
  [
    'Trenger hjelp til {0} morgen og kveld.',
    p(['dusj', 'påkledning', 'medisiner', 'støttestrømper']),
  ],
  ['Komfyren sto på da vi kom; {0} er vurdert.', p(['komfyrvakt', 'tilsyn', 'digitalt tilsyn'])],
  ['Det er uenighet i familien om hvor mye hjelp som trengs.', () => ''],
  ['{0} har fått informasjon om klageadgang.', p(PERSON)],
];

const CLOSING: readonly Pattern[] = [
  ['Tas opp på teammøtet {0}.', p(WEEKDAY)],
  ['Ny vurdering om {0} dager.', n(2, 7)],
  ['Koordinator er orientert.', () => ''],
  ['Mål og tiltaksplan oppdateres.', () => ''],
  ['Ingen endring i tiltak.', () => ''],
  ['{0} er informert.', p(RELATIVE)],
];

function render(r: Prng, [template, ...slots]: Pattern): string {
  const values = slots.map((fill) => fill(r));
  return template.replace(/\{(\d)\}/g, (_, i: string) => values[Number(i)]);
}

/** Sentences per kind: a home visit is long, a note short. */
const LENGTH: Record<string, [number, number]> = {
  HOME_VISIT: [4, 14],
  PHONE_CALL: [1, 5],
  MEETING: [4, 16],
  FINDING: [3, 12],
  NOTE: [1, 4],
  INTERIM_SERVICE: [1, 3],
};

/** A journal entry's text for a user kind (NOTE, HOME_VISIT, ...). */
export function journalText(r: Prng, kind: string): string {
  const opening = OPENING[kind] ?? OPENING.NOTE;
  const [min, max] = LENGTH[kind] ?? LENGTH.NOTE;
  const sentences = [render(r, r.pick(opening))];
  const count = r.int(min, max);
  for (let i = 0; i < count; i++) sentences.push(render(r, r.pick(BODY)));
  if (r.chance(0.5)) sentences.push(render(r, r.pick(CLOSING)));
  // Longer entries come in paragraphs, as people write them.
  let text = '';
  for (const [i, sentence] of sentences.entries()) {
    if (!sentence) continue;
    text += i === 0 ? sentence : (i % 5 === 0 ? '\n\n' : ' ') + sentence;
  }
  return text;
}

export function decisionText(r: Prng, level: string): string {
  return `Vedtak fattet: ${r.pick(SERVICE)}. Trinn på mestringstrappa: ${level}. Begrunnelse: ${render(r, r.pick(BODY))}`;
}

export function handoverText(r: Prng, destination: string): string {
  return `Overført til ${destination}. Mål: ${r.pick(GOAL)}. Tiltak: ${r.pick(SERVICE)}. Oppfølging om tre måneder.`;
}

/** Search words for the benchmark: one common, one rarer, one phrase. */
export const SEARCH_TERMS = ['rullator', 'komfyrvakt', 'falt badet'];
