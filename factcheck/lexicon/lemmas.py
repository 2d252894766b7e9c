"""Base forms of English irregular verbs, which a suffix stemmer cannot reach.

Snowball maps "sentenced" to "sentenc" but leaves "went", "gone" and "go" apart, so a
claim that someone "went public" would miss a source saying the family "decided to go
public". Regular forms are left to the stemmer; this table holds only irregular ones.
"""

from __future__ import annotations

_FORMS = """
arise arose arisen | awake awoke awoken | be was were been | bear bore borne born | beat beaten |
become became | begin began begun | bend bent | bet | bid | bind bound | bite bit bitten |
bleed bled | blow blew blown | break broke broken | breed bred | bring brought | build built |
burn burnt | burst | buy bought | cast | catch caught | choose chose chosen | cling clung |
come came | cost | creep crept | cut | deal dealt | dig dug | do did done | draw drew drawn |
dream dreamt | drink drank drunk | drive drove driven | eat ate eaten | fall fell fallen |
feed fed | feel felt | fight fought | find found | flee fled | fling flung | fly flew flown |
forbid forbade forbidden | forget forgot forgotten | forgive forgave forgiven | freeze froze frozen |
get got gotten | give gave given | go went gone | grind ground | grow grew grown | hang hung |
have has had | hear heard | hide hid hidden | hit | hold held | hurt | keep kept | kneel knelt |
know knew known | lay laid | lead led | lean leant | leap leapt | learn learnt | leave left |
lend lent | let | lie lay lain | light lit | lose lost | make made | mean meant | meet met |
pay paid | prove proven | put | quit | read | ride rode ridden | ring rang rung | rise rose risen |
run ran | say said | see saw seen | seek sought | sell sold | send sent | set | shake shook shaken |
shed | shine shone | shoot shot | show shown | shrink shrank shrunk | shut | sing sang sung |
sink sank sunk | sit sat | sleep slept | slide slid | speak spoke spoken | speed sped |
spend spent | spin spun | split | spread | spring sprang sprung | stand stood | steal stole stolen |
stick stuck | sting stung | stink stank stunk | strike struck stricken | strive strove striven |
swear swore sworn | sweep swept | swim swam swum | swing swung | take took taken | teach taught |
tear tore torn | tell told | think thought | throw threw thrown | understand understood |
wake woke woken | wear wore worn | weep wept | win won | wind wound | withdraw withdrew withdrawn |
write wrote written | overturn | undertake undertook undertaken | overcome overcame |
"""
# Regular forms the stemmer still parts from their verb: in a short word ending in "-eed",
# Snowball's step 1b keeps "eed" outside R1 and then strips only "ed", so "freed" gets "fred" where
# "free" gets "fre". Every WordNet verb in "-ee" whose "-d" form is not a word of its own ("feed",
# "seed", "weed" are): tests/test_lemmas.py derives this list again from WordNet's verbs.
_EED_FORMS = """
free freed | gee geed | pee peed | spree spreed | tee teed | tree treed |
"""

IRREGULAR: dict[str, str] = {
    form: group.split()[0]
    for group in (_FORMS + _EED_FORMS).split("|")
    if group.split()
    for form in group.split()[1:]
}
