import { words } from './en-text';

// Small closed word classes the English clause readers decide from. Open classes (nouns, most verbs)
// are recognised by shape or left unconstrained, so new domains need no new entries.

/** The agent's side as grammatical subject. */
export const AGENT_SUBJECT = words("i we i'm we're i've we've i'll we'll i'd we'd");
/** The agent's side anywhere in a clause (subject, object or possessive). */
export const AGENT_ANY = words("i we us me our my ours mine i'm we're i've we've i'll we'll i'd we'd");

/** Negated modals and auxiliaries. */
export const NEG_MODAL = words("can't cannot won't couldn't wouldn't shan't");
export const NEGATION = words(
  "not never no n't can't cannot won't couldn't wouldn't don't doesn't didn't isn't aren't wasn't weren't hasn't haven't hadn't shouldn't nothing none nobody",
);

/** Outcomes that count as the thing going wrong, for a cause clause to be blamed for. */
export const FAILURE = words(
  'failed fail fails died dead broke broken cracked chipped leaked burst opened tore torn snapped melted faded ' +
    'locked blocked expired lapsed cancelled canceled declined rejected refused bounced voided invalid suspended ' +
    'lost damaged stopped crashed froze frozen late delayed wrong missed flat overdrawn fined towed clamped ' +
    'disconnected deactivated closed forfeited void apart loose infected worse deleted wiped erased ruined shrank ' +
    'shrunk stained scratched overdue penalised penalized clogged jammed corrupted sick ill unwell hurt injured ' +
    'returned sore painful swollen badly poorly unevenly underperform underperforms underperformed buffering away irritated inflamed itchy blurry wilted ' +
    'slow slower weaker swelled warped rusted peeled peeling collapsed overheated tripped',
);

/** Acts a customer can be blamed for, as past-tense verbs after "you". */
export const FAULT_VERB = words(
  'left forgot skipped ignored missed let allowed dropped used ran kept put chose picked ordered entered typed ' +
    'waited took gave sent booked bought installed activated opened unplugged plugged washed tried cancelled ' +
    'canceled changed moved signed ticked clicked registered failed neglected overloaded exceeded shared lent ' +
    'drove rode threw wore spilt spilled broke wrote lost sat stood ate fed hung bent overwatered overfilled ' +
    'set cut made did got went brought held ' +
    "ignored skipped didn't never hadn't weren't wasn't",
);

/** Customer acts that are reasons, not faults: "because you asked", "since you mentioned". */
export const NEUTRAL_CAUSE_VERB = words(
  "asked requested wanted mentioned told contacted called wrote emailed are were have had 're 've deserve need " +
    'paid upgraded chose',
);

/** Words that turn a sentence into a hypothetical, where "you didn't" is not an accusation. */
/** ("in case" is two tokens; "case" alone rarely starts anything else, so it stands for the pair.) */
export const CONDITIONAL = words('if whether unless case when once whenever');

/** Reassurance the agent offers around the customer's slip. */
export const REASSURE =
  /\b(?:no\s+worries|don't\s+worry|not\s+to\s+worry|easy\s+to\s+(?:miss|overlook|do)|happens\s+to\s+(?:all|everyone|anyone)|not\s+your\s+fault|completely\s+understandable|no\s+problem|nothing\s+you\s+did|(?:didn't|did\s+not)\s+do\s+anything\s+wrong|did\s+nothing\s+wrong)\b/;

/** The agent owns the failure somewhere in the draft. */
export const OWNS =
  /\b(?:sorry|apologi[sz]e|apologies|our\s+(?:mistake|error|fault|bad|side|end)|(?:fault|error|bug|failure|outage|problem|mistake)\s+(?:at|in|on|with|from)\s+our|my\s+(?:mistake|error|fault|bad)|on\s+(?:us|me)|we\s+(?:made|got|messed|dropped|missed|caused|broke|lost|delayed|forgot|sent|should\s+have)|i\s+(?:made|got|messed|dropped|missed|caused|lost|forgot|sent|should\s+have)|(?:we|i)\s+take\s+(?:full\s+)?responsibility)\b/;

/**
 * Closing the ticket, marking it resolved or leaving it there ends the conversation; it is no alternative.
 * The agent turns to what they are doing or can do: "but I can", "I've matched", "I'll chase", "we're sending".
 * "I'm only passing it on" is not an offer (a minimiser before the verb), nor is "I've been told".
 */
export const OFFER =
  /\b(?:but\s+(?:i|we)(?:'ve|'ll|'m|'d|\s+have|\s+will|\s+can|\s+could|\s+am|\s+would)|(?=i|we)(?<!\bnothing\s+(?:more\s+|else\s+)?|\bno\s+way\s+|\blittle\s+|\bnot\s+much\s+)(?:i|we)(?:'ve|'ll|\s+have|\s+will|\s+can|\s+could)\s+(?:already\s+|just\s+|also\s+|now\s+|personally\s+|still\s+|gladly\s+)?(?!been\b|be\b|not\b|never\b|no\b|to\b|only\b|merely\b|simply\b|close\b|end\b|mark\b|leave\b|consider\b|note\b|log\b|archive\b|file\b|stop\b|let\s+(?:it|this|that)\s+(?:go|rest)\b)[a-z]+|(?:i|we)(?:'m|'re|\s+am|\s+are)\s+(?:now\s+|already\s+|also\s+|personally\s+)?(?!closing\b|ending\b|marking\b|leaving\b|considering\b|archiving\b|stopping\b)[a-z]+ing\b|what\s+(?:i|we)\s+can\s+do|instead|alternatively|happy\s+to|glad\s+to|but\s+(?:\w+\s+){1,4}?(?:is|are)\s+(?:free|available|open)|if\s+that\s+works|would\s+that\s+work|does\s+that\s+work)\b/;

/** Named outside parties an agent might hide behind. */
export const THIRD_PARTY = words(
  'courier couriers carrier carriers bank banks manufacturer manufacturers supplier suppliers warehouse ' +
    'airline airlines insurer insurers underwriter underwriters photographer photographers freelancer freelancers ' +
    'contractor contractors partner partners vendor vendors reseller resellers landlord council government ' +
    'authority authorities office system systems driver drivers depot lab laboratory provider providers network ' +
    'platform retailer agency hotel venue seller sellers marketplace processor developer developers publisher ' +
    'registry department distributor distributors factory brand shipper shippers dealer dealers clinic hospital ' +
    'pharmacy insurance post office regulator regulators dvla hmrc embassy consulate marketplace panel board employer employers promoter promoters organiser organizer organisers organizers agent agents ' +
    'airport airports company companies ' +
    'committee management headquarters venue bakery restaurant school university landlord',
);

/** What someone can be said to own: "the courier's problem", "not our call". */
export const RESPONSIBILITY = words(
  'fault problem problems responsibility issue issues job call decision department area remit concern doing business matter',
);

/** Rules used as a reason. */
export const RULE_NOUN = words(
  'policy policies terms t&cs conditions rules rule regulations regulation guidelines contract agreement procedures procedure law legislation handbook',
);
/** What a rule does when it is made the reason. */
export const RULE_VERB = words(
  'say says said state states stated require requires required mean means prohibit prohibits forbid forbids ' +
    "dictate dictates stipulate stipulates specify specifies mandate mandates don't doesn't won't do does allow allows permit permits are is clear apply",
);
/** Rules granting something are good news, not a wall. */
export const GRANTS =
  /\b(?:(?:can|may)\s+be\s+[a-z]+ed|you(?:'re|\s+are)\s+(?:due|owed)|entitled|eligible|qualif\w*|covers|covered|guarantee[sd]?|let\s+you|lets\s+you|allows?\s+you\s+to|you\s+(?:can|will|get|may|are\s+able)\b(?!'t|\s+not))/;

/** Minimisers that shrink a problem when they follow a copula. */
export const SHRINK = words('hardly barely scarcely');
export const ONLY = words('only just merely simply');
/** Sizes used to shrink a problem. */
export const SMALL = words('little small tiny minor slight few couple bit single teeny wee');
/** Nouns for the customer's problem, which a minimiser then shrinks. */
export const PROBLEM_NOUN = words(
  'scratch scratches dent dents mark marks stain stains chip crack scuff scuffs bump bumps delay delays wait ' +
    'issue issues problem problems glitch glitches hiccup hiccups inconvenience mistake mistakes error errors ' +
    'sensitivity discomfort ache pain difference spot spots tear smudge leak thing things niggle blip bruise ' +
    'swelling snag typo dust crumbs hair hairs noise cosmetic virus malware smudge ' +
    // Symptoms a diagnosis names: "the upset stomach is from …", "the rattle is down to …".
    'upset rash itch itching limp limping overweight underweight obese rattle rattling squeak squeaking smell odour odor cough vomiting diarrhoea diarrhea trouble',
);
/** Others held up as the norm the customer falls short of. */
export const OTHERS = words('most other many plenty all everyone everybody nobody no');
export const PEOPLE = words(
  'people customers patients clients guests users owners drivers renters tenants travellers travelers members parents buyers ' +
    'couples families students',
);
export const NOTICE_VERB = words('notice mention mind care complain bother noticed mentioned minded complained');

/** Ordinals used for "for the third time". */
export const ORDINAL = words(
  'second third fourth fifth sixth seventh tenth umpteenth nth hundredth thousandth millionth last 2nd 3rd 4th 5th 6th',
);
/** Saying verbs for "as (already) mentioned". */
export const SAID = words(
  'said mentioned explained stated noted advised told pointed outlined covered answered repeated wrote written confirmed',
);
/** Times, for "I've explained this twice". */
export const TIMES = words('twice thrice already before repeatedly');

/** Things a customer wants that a refusal in the passive withholds: "can't be swapped". */
export const WANTED_PASSIVE = words(
  'transferred refunded changed swapped moved exchanged returned cancelled canceled extended reissued reopened ' +
    'upgraded replaced waived credited reinstated accepted approved granted processed made done altered amended ' +
    'rescheduled booked reversed removed repaired fixed honoured honored offered matched restored recovered ' +
    'undone released issued sped expedited converted redeemed combined split paused deferred cashed shortened',
);

/** Non-human subjects that a sarcastic apology pretends had feelings; animals and people are left out. */
export const FEELING_VERB = words(
  'enjoy enjoyed like liked love loved appreciate appreciated fancy fancied agree agreed',
);
export const ANIMATE = words(
  'dog dogs cat cats puppy kitten pet pets horse rabbit bird child children kid kids son daughter baby guest guests ' +
    'team staff vet dentist doctor nurse driver family partner husband wife friend mum mom dad',
);
export const INTERJECTION = words('oh well wow gosh ah my golly');
export const MOCK_PRAISE = words('congratulations congrats bravo');
