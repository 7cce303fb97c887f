#!/usr/bin/env python3
"""Writes src/GenScreen.Core/Prompts/Lexicons/Data/people/people22.json (session 21, i16-people22).

Written for GenScreen (MIT) from the writer's general knowledge of the names and words; no third-party list.
- givenNames: given names of the Latin-script cultures the lists held least (Turkish, Czech, Polish, Swedish, Greek
  written in Latin, Indonesian, Tagalog, German, Dutch, Italian, French), without diacritics as prompts are folded.
- commonWords: those of them that are ordinary words too (Turkish sıla, Swedish saga): they count only when both
  words of the name are capitalised, as every given name that is a common word does.
- publicRoles: Swedish roles in their definite form, written out by the language's rule (-are + n, -a + n, -e + n,
  consonant + en: nyhetsuppläsaren, sångerskan, trummisen), Czech and Polish offices and broadcasting roles
  the role files lacked; titles: the offices among them (a surname-shaped word after a title is an officeholder,
  'primátorka Brna').
- determiners and roleConnectors: Tagalog 'ang' (the) and 'ng' (of): 'ang mayor ng Pasig'.
Run: python3 tools/people22/generate.py
"""
import json, pathlib

GIVEN = {
 "tr": "buket demet serenay gulben fahriye meral ezgi sibel dilan duygu beren berguzar tuvana neslihan pelin nurgul songul "
       "hadise seda esra tuba ebru burcu aslihan asli hazal gizem damla pinar yasemin sevda sertab ajda bergen nilufer "
       "gulsen sezen hulya tugba ozge ozlem nesrin serap seren ilayda melis cansu ceren irem ipek derya ezel nur feride "
       "hazar birce gupse alina "
       # Session 37 (i16-nameslatin45): more of the common Turkish women's given names, from general knowledge (gamze left out:
       # as a given name it made a Korean prompt's name unread, batch 44 person-ko-04).
       "aynur nazli gokce kubra guler aysegul zeynep elif merve busra hande sinem selin dilara nihan handan gonul "
       "asuman berna canan didem emel figen gulay hatice leyla meltem necla oya sebnem tulay zerrin aylin ayla ayten "
       "basak cigdem esin funda gulcin nergis nilay nihal oznur songul tulin ulku yesim zehra sevil filiz serpil",
 "cs": "zuzana iveta tatana leona agata ewa simona gabriela karolina marketa barbora tereza lucie veronika katerina "
       "pavlina jitka dana hana radka petra eliska klara vendula monika adela nela bara kristyna sarka dagmar libuse",
 "pl": "edyta malgorzata kinga doda joanna maja natalia julia agnieszka dorota beata grazyna jolanta krystyna urszula "
       "wioletta izabela halina bozena elzbieta danuta iwona renata ewelina paulina sylwia weronika klaudia",
 "sv": "ebba linnea hedvig tove molly bianca margaux pernilla jessica gina clara zara hanna lotta agnes alva elsa "
       "frida ylva malin maja sanna tilde tuva linn felicia "
       # Session 37 (i16-nameslatin45): more Swedish and Norwegian women's given names, from general knowledge.
       "gry emelie josefin therese camilla johanna ulrika agneta birgitta annika ingela kajsa lovisa siri stina wilma "
       "liv idun solveig marit sigrid",
 "el": "despoina eleftheria konstantina eirini vasiliki dimitra katerina sakis eleni helena despina foteini chrysoula "
       "paraskevi georgia stavroula angeliki panagiota",
 "id": "isyana nagita prilly najwa raisa ayu cinta maudy tasya puan dian luna agnez syahrini krisdayanti inul "
       "rossa titi bunga nikita zaskia wulan tantri gisella marshanda",
 "tl": "kathryn liza nadine marian ivana maine julia bea toni anne sarah catriona pia lovi janella kim jodi angel "
       "heart claudine jennylyn rufa kris "
       # Session 37 (i16-nameslatin45): Filipino given names of the coined and English-derived kinds, from general knowledge.
       "kianna kitchie jaye klarisse jia rhian alodia jessy arci kylie ellen yassi maja janine sue dimples bela "
       "ritz ria alex mylene nikki",
 "de": "dunja mareile pinar judith jeanette palina sandra barbara sophia annalena ricarda verona collien",
 "nl": "lieke yolanthe chantal dionne sylvie doutzen froukje loiza bibi monica fenna famke",
 "it": "diletta elisabetta ilary alessia belen wanda melissa michelle federica elodie",
 "fr": "laury nabilla lea karine marlene iris sonia anne-claire",
}
# Given names that are ordinary words of some language: both words must be capitalised.
COMMON = ["sila", "saga", "bunga", "rossa", "ayu", "cinta", "luna", "heart", "angel", "kris", "doda", "nur", "ipek", "tuva", "bergen", "iris",
          # session 37: nazlı (coy), liv (Swedish life), dimples, ritz, sue, bela (Portuguese word)
          "nazli", "liv", "dimples", "ritz", "sue", "bela"]

SV_ROLES = ["nyhetsuppläsare", "programledare", "sångare", "sångerska", "trummis", "gitarrist", "basist", "skådespelerska",
            "reporter", "journalist", "borgmästare", "statsminister", "minister", "partiledare", "talman", "kommunalråd",
            "programledarinna", "meteorolog", "influencer", "youtuber"]

def sv_definite(w):
    if w.endswith(("e", "a")):
        return w + "n"
    if w.endswith(("are", "re")):
        return w + "n"
    return w + "en"

ROLES = {
 "cs": ["primátorka", "primátor", "starostka", "starosta", "hlasatelka", "redaktorka", "bubenice", "bubeník",
        "moderátor", "poslanec", "senátorka", "hejtmanka", "ministryně"],
 "pl": ["burmistrz", "burmistrzyni", "wójt", "prezenterka", "dziennikarka", "perkusista", "wokalistka",
        "senatorka", "wojewoda", "marszałkini", "radna"],
 "id": ["penyiar", "gubernur", "walikota", "bupati", "presenter"],
 "tl": ["alkalde", "gobernador", "konsehal", "senadora", "tagapagbalita"],
 "vi": ["mc"],
}
TITLES = ["primátorka", "primátor", "starostka", "starosta", "hejtmanka", "burmistrz", "burmistrzyni", "wójt", "wojewoda",
          "gubernur", "walikota", "bupati", "alkalde", "gobernador", "borgmästaren", "statsministern"]

def main():
    given = sorted({n for v in GIVEN.values() for n in v.split()})
    roles = sorted({sv_definite(w) for w in SV_ROLES} | {w for v in ROLES.values() for w in v})
    doc = {
        "version": "1",
        "description": __doc__.split("\n\n", 1)[1].split("Run:")[0].strip().replace("\n", " ").replace("   ", " ").replace("  ", " "),
        "sources": [{"source": "Written for GenScreen from general knowledge of the names and words (tools/people22/generate.py); no third-party list.",
                     "license": "MIT (this project)"}],
        "givenNames": given,
        "commonWords": sorted(COMMON),
        "publicRoles": roles,
        "titles": sorted(set(TITLES)),
        "determiners": ["ang"],
        "roleConnectors": ["ng"],
    }
    out = pathlib.Path(__file__).resolve().parents[2] / "src/GenScreen.Core/Prompts/Lexicons/Data/people/people22.json"
    out.write_text(json.dumps(doc, ensure_ascii=False, indent=1) + "\n", encoding="utf-8")
    print(len(given), "given names,", len(roles), "roles,", len(doc["titles"]), "titles ->", out)

if __name__ == "__main__":
    main()
