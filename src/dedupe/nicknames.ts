// Given-name equivalences: nicknames, diminutives and transliteration variants.
//
// Source: no maintained nickname list is installable as a package here (the best-known one,
// carltonnorthern/nicknames, Apache-2.0, is a CSV on GitHub and not on the registry), so this is
// our own table, written from common usage and kept deliberately conservative: a wrong
// equivalence merges two people, a missing one only lowers a score. One line per formal name:
// "formal: variant variant ...". A variant may appear in several lines (bert → Albert, Robert,
// Herbert); two names are equivalent when they share a line. Names are folded (lower case,
// no diacritics) — see docs/dedupe.md for how to extend it.
import { foldText } from './text';

const TABLE = `
abigail: abby abbie gail
abraham: abe bram
alexander: alex alec alexis sandy sasha xander lex alessandro alejandro alexandre
alexandra: alex alexa sandra sandy sasha lexi alexandria
albert: al bert bertie albrecht alberto
alfred: alf alfie fred freddie alfredo
allison: allie alison alyson
amanda: mandy manda
andrew: andy drew andre andreas andres andrea
angela: angie angelika angelica
anne: ann annie anna anita nancy hannah anneliese annette
anthony: tony anton antonio antoine
arthur: art artie
barbara: barb barbie babs
benjamin: ben benny benji benjy
bernard: bernie barney bernhard bernardo
beatrice: bea trixie beatrix
catherine: cathy kathy katherine kathryn kate katie kat kay kitty cate cat caitlin kathleen katharina katrin katja ekaterina caterina catalina
charles: charlie chuck chas chaz carl karl carlos charley
charlotte: charlie lottie lotte
christina: chris christine kristina kristin kirsten tina chrissy kristen
christopher: chris kit topher christoph christophe cristobal
cynthia: cindy
daniel: dan danny dani
david: dave davy davey
deborah: deb debbie debby debra
dennis: denny
donald: don donnie
dorothy: dot dottie dora
douglas: doug
edward: ed eddie ted teddy ned edouard eduardo
elizabeth: liz lizzie beth betty betsy bess bessie eliza elisa lisa libby elsa elise elisabeth isabel ilse lissy liesel
eleanor: ellie nora elle elinor leonora
emily: em emmy millie emilie emilia
eugene: gene
frances: fran frankie fanny francesca francoise
francis: frank frankie fran francisco francesco franz francois paco pancho
frederick: fred freddie freddy fritz friedrich federico
gabriel: gabe gabi
gabrielle: gabby gabi gabriela
geoffrey: geoff jeff
gerald: gerry jerry
gregory: greg
harold: hal harry
harry: hal hank
henry: hank harry hal heinrich henri enrique
herbert: herb bert
isaac: ike
isabella: bella izzy isabel isabelle
jacob: jake jakob jacques jack
james: jim jimmy jamie jimmie diego jaime jacques seamus
jane: janie jenny jean
janet: jan
jennifer: jen jenny jenn
jeffrey: jeff geoff
jessica: jess jessie
john: johnny jack jon hans johann johannes jean juan giovanni ivan sean jan
jonathan: jon jonny nathan
joseph: joe joey jo jose giuseppe josef pepe
josephine: jo josie
joshua: josh
judith: judy jude
julia: julie jules
katherine: kate kathy katie kat kathryn catherine
kenneth: ken kenny
lawrence: larry laurence lorenzo laurent
leonard: leo len lenny leon
lucas: luke lukas luca
louis: lou lewis luis luigi ludwig
madeline: maddie maddy madeleine
margaret: maggie meg peggy marge margie greta gretchen margo margot marguerite margarita rita daisy
martha: marty mattie
martin: marty martino
mary: maria marie molly polly mae mamie maureen mia
matthew: matt matty matthias mathieu mateo matteo
michael: mike mikey mick micky mitch michel miguel michele mikhail misha
nathaniel: nate nat nathan
nicholas: nick nicky nico klaus nicolas nikolai niklas
nicole: nikki nicky
olivia: liv livvy
pamela: pam
patricia: pat patty patsy trish tricia
patrick: pat paddy patricio
peter: pete pierre pedro pietro piet
philip: phil pip felipe philipp philippe
rebecca: becky becca
richard: rick ricky dick rich richie rico ricardo
robert: bob bobby rob robbie bert roberto robin bertie
ronald: ron ronnie
samantha: sam sammy
samuel: sam sammy
sarah: sara sally sadie
stephen: steve stevie steven stefan esteban stephan etienne
susan: sue susie suzanne susanne susana
theodore: ted teddy theo
thomas: tom tommy thom tomas tomasz
timothy: tim timmy
victoria: vicky vickie tori
vincent: vince vinny vincenzo
walter: walt wally
william: will bill billy willy liam wilhelm guillaume guillermo
zachary: zach zack
aleksandr: sasha sacha shura alexander
dmitri: dima dmitry dmitriy
ivan: vanya
mikhail: misha michael
vladimir: vova volodya
yekaterina: katya ekaterina
natalia: natasha natalie natalya
mohammad: mohammed muhammad mohamad mohamed muhamad mamad mammad mohamad mehmet
hossein: hosein hussein husain hossain
mehdi: mahdi
mostafa: mustafa moustafa
mahmoud: mahmood mahmud
ahmad: ahmed
reza: rezza
fatemeh: fatima fateme fatemah
zahra: zahrah
abolfazl: abol abolfazel
ali: aly
hassan: hasan
javad: jawad
sayed: seyed seyyed sayyed said
ممد: محمد
`;

const GROUPS = new Map<string, number[]>();

function addTo(name: string, group: number): void {
  const key = foldText(name);
  if (!key) return;
  const list = GROUPS.get(key);
  if (!list) GROUPS.set(key, [group]);
  else if (!list.includes(group)) list.push(group);
}

TABLE.trim()
  .split('\n')
  .forEach((line, group) => {
    const [formal, variants] = line.split(':');
    addTo(formal ?? '', group);
    for (const v of (variants ?? '').trim().split(/\s+/)) addTo(v, group);
  });

/** True when two folded given names are nickname/variant equivalents (Bob ≈ Robert, Liz ≈ Elizabeth). */
export function isNickname(a: string, b: string): boolean {
  if (a === b) return false;
  const ga = GROUPS.get(a);
  const gb = GROUPS.get(b);
  if (!ga || !gb) return false;
  for (const g of ga) if (gb.includes(g)) return true;
  return false;
}

/** Keys of the name's equivalence groups, used as blocking keys (so Bob meets Robert). */
export function nicknameGroups(a: string): readonly number[] {
  return GROUPS.get(a) ?? NONE;
}
const NONE: readonly number[] = [];

export const NICKNAME_GROUPS = new Set([...GROUPS.values()].flat()).size;
