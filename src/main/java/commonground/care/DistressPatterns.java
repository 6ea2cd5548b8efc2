package commonground.care;

import java.util.List;
import java.util.regex.Pattern;

/**
 * The wording {@link DistressSignals} listens for, over lower-cased text with contractions
 * written out one way ("i'm", "don't"). Each pattern is about the writer: it names "i", "me",
 * "my" or "myself", so other people's illness, death or pain is left alone. Why each group is
 * here, and what is deliberately not: docs/decisions/0007-distress-check.md.
 */
final class DistressPatterns {

    private DistressPatterns() {
    }

    private static Pattern p(String regex) {
        return Pattern.compile(regex);
    }

    private static final String I = "\\b(?:i|i'm|i've|i'd|i'll)\\b";
    private static final String BODY = "(?:arms?|wrists?|legs?|thighs?|skin|stomach|body|head|hips?|hands?)";
    private static final String MEANS = "(?:pills|tablets|meds|medication|paracetamol|painkillers|sleeping pills"
            + "|insulin|antidepressants)";
    private static final String PEOPLE = "(?:husband|wife|partner|boyfriend|girlfriend|ex|dad|father|mum|mom|mother"
            + "|stepdad|stepfather|stepmum|stepmother|brother|son|uncle|boss|flatmate)";
    private static final String HIM = "(?:he|she|they|my " + PEOPLE + ")";
    private static final String FEARED = "(?:him|her|them|my " + PEOPLE + ")";

    /**
     * Words of suicide, self-harm and danger that a "not" or "never" just before takes back:
     * "I'm not going to kill myself", "he's never hit me".
     */
    static final List<Pattern> NEGATABLE = List.of(
            // Suicide and wanting to die
            p("\\bkill(?:ing|ed)? myself\\b"),
            p("\\b(?:end|ending|ended|take|taking|took) (?:my|my own) life\\b"),
            p("\\b(?:end|ending) it(?: all)?\\b(?! with)"),
            p(I + "(?: [\\w']+){0,3} su[ie]?c[ie]{0,2}d"),
            p("\\b(?:my|having|have|had|with|get|getting) su[ie]?c[ie]{0,2}dal (?:thoughts|feelings|urges)"),
            p("(?<!\\b(?:he|she|they|is|was|'s|are|were|keeps|has been) )\\b(?:think|thinking|thought|thoughts) (?:about|of) (?:su[ie]?c[ie]{0,2}de|dying|death|my death"
                    + "|my own death|not being here)\\b"),
            p("\\b(?:i|me)(?: [\\w']+){0,2} (?:want|wants|wanted|wanting|wanna|wish|wished|ready|need) to (?:die|be dead)\\b"),
            p("\\b(?:i|i'm) (?:am )?ready to die\\b"),
            p("\\bbetter off dead\\b"),
            p("\\bwish (?:i|i'd) (?:was|were|had|'d)? ?(?:dead|died|never been born|not born|been born)\\b"),
            p("\\bwish i (?:was|were) never born\\b"),
            p("\\bshould(?: have|'ve) died\\b"),
            p("\\bwish\\b[^.]{0,30}\\b(?:kill me|killed me|taken me|take me|took me)\\b"),
            p("\\b(?:death|dying|being dead)\\b[^.]{0,30}\\b(?:relief|kinder|easier|only way|way out|only option|peace"
                    + "|answer)\\b"),
            p("\\b(?:want|wish|need)(?: [\\w']+){0,2} (?:to )?(?:disappear|vanish)(?: for good| forever)?\\b"
                    + "(?! into| to| for a| under| in| off| from)"),
            p("\\bstop (?:existing|being alive|being here)\\b"),
            // Self-harm
            p(I + "(?: [\\w']+){0,2} self[- ]?(?:harm|injur)"),
            p("\\b(?:urge|urges|want|wanting|need|thinking about|thought about|thoughts of) (?:to )?self[- ]?(?:harm|injur)"),
            p("\\b(?:hurt|hurting|harm|harming|burn|burned|burnt|burning|hit|hitting|punch|punched|punching|scratch"
                    + "|scratched|scratching|starve|starving|starved|punish|punishing|punished|bite|bit|biting|cut"
                    + "|cutting) (?:myself|my " + BODY + ")\\b(?! (?:at|on|playing|lifting|running|while|when i (?:fell"
                    + "|tripped|slipped)|falling|by accident|accidentally|shaving|chopping|cooking|gardening|so clumsy))"),
            p("\\b(?:cut|cutting)(?: myself)? again\\b"),
            p(I + "(?: [\\w']+){0,2} (?:cut|cutting)(?= again|$| when| last| tonight| yesterday| today| this| so| because"
                    + "| to feel|,| and| every)"),
            p("\\b(?:want|need|urge|urges|tempted) to cut\\b(?! (?:the|my hair|back|down|out|off|it|them|him|her|ties"
                    + "|loose|corners|costs|losses|a |some|through|in))"),
            p("^cut my " + BODY),
            p("\\b(?:until|till|til) (?:it|they|i|my \\w+) (?:bled|bleed|bleeds|bleeding)\\b"),
            p("\\b(?:blade|razor)\\b[^.]{0,20}\\bmy " + BODY),
            p("\\b(?:deserve|deserved) (?:to hurt|to die|to suffer|the pain|pain)\\b"),
            p("\\bwant(?:ed)? it to hurt\\b"),
            // Means and plans
            p("\\b(?:saving|saved|stockpil\\w*|hoard\\w*|counted|counting|collecting) (?:up )?(?:my |the |all my |all the )?"
                    + MEANS),
            p("\\bhow (?:many|much)(?: [\\w']+)? (?:it would take|would it take|it takes|does it take|would kill|to take)"),
            p("\\b(?:take|taking|took|swallow\\w*) (?:all|too many)(?: of)?(?: my| the)? " + MEANS),
            p(I + "(?: [\\w']+){0,2} (?:overdos\\w*|od'd|od)\\b(?! on (?:chocolate|sugar|sweets|cake|coffee|caffeine|carbs"
                    + "|netflix|tv|telly|christmas|cheese|crisps|ice cream|box sets))"),
            p("\\bhow to (?:overdose|kill myself|die|end it|hang myself)\\b"),
            p("\\b(?:plan|planning|planned|going) to (?:overdose|jump|hang|die)\\b"),
            p("\\b(?:jump|jumping|step|stepping|throw myself|throwing myself|walk|walking)\\b[^.]{0,20}\\b(?:off|from"
                    + "|in front of|under) (?:the |a |my )?(?:bridge|roof|building|train|bus|cliff|balcony|window|edge"
                    + "|lorry|truck|ledge|car)"),
            p("\\b(?:bridge|cliff|cliffs|edge|roof|ledge|balcony|platform)\\b[^.]{0,50}\\b(?:jump|jumping)\\b"),
            p("\\b(?:drive|driving|drove|crash|crashing) (?:my car |the car )?(?:into|off) (?:a |the )?(?:wall|tree"
                    + "|river|oncoming|lorry|truck|road|cliff|bridge)"),
            p("\\bhang(?:ing)? myself\\b"),
            p("\\b(?:noose|cord|rope|belt|ligature)\\b[^.]{0,25}\\bmy neck\\b"),
            p("\\b(?:gun|pills|tablets|knife|blade|rope)\\b[^.]{0,40}\\b(?:keep|kept|can't stop) (?:looking at|staring at"
                    + "|thinking about|holding) (?:it|them)\\b"),
            p("\\b(?:know|worked out|figured out|decided) how i(?:'d| would| will| am going to| could)? do it\\b"),
            p("\\b(?:picked|chosen|chose|set) (?:a|the) (?:day|date)\\b"),
            p("\\b(?:a|my|the) plan to (?:end|die|kill|do it)\\b"),
            p("\\bsu[ie]?c[ie]{0,2}de (?:note|letter|plan)\\b"),
            p("\\b(?:after|when|once) i'm (?:dead|gone)\\b"),
            p("\\bgiv\\w* (?:away )?(?:all )?my (?:things|stuff|belongings|possessions)\\b[^.]{0,30}\\b(?:so|nobody"
                    + "|no one|won't need|after|before i go)\\b"),
            p("\\b(?:imagin\\w*|picturing|plan\\w*) my (?:own )?(?:funeral|death)\\b"),
            p("\\bhow easy it would be to\\b"),
            p("\\b(?:fine|okay|ok|glad|relieved) if i (?:crashed|died|didn't make it|got hit|never woke|was gone)\\b"),
            p("\\bhope (?:a|the) (?:car|bus|lorry|truck|train)\\b[^.]{0,10}\\b(?:hits|hit|kills) me\\b"));

    /** Being hurt, threatened or afraid of someone (negatable like the rest): the notice adds an abuse line. */
    static final List<Pattern> BY_SOMEONE = List.of(
            p("\\b" + HIM + "(?: [\\w']+){0,3} (?:hit|hits|hitting|punch\\w*|slap\\w*|kick\\w*|beat|beats|beating|choke[sd]?"
                    + "|choking|strangl\\w*|push\\w*|shov\\w*|rape[sd]?|raping|hurts|hurting|hurt|grabbed|threaten\\w*"
                    + "|attack\\w*|stabbed|burned|burnt) (?:me|my (?:throat|neck|arms?|face|head|wrists?|hair))\\b"
                    + "(?! (?:feelings|with what|when (?:he|she) said))"),
            p("\\bthreaten\\w* (?:to (?:kill|hurt|hit|beat|stab|shoot|burn) (?:me|us)|me)\\b"),
            p("\\b(?:locked|locks|lock) me (?:in|out|up)\\b"),
            p("\\b(?:following|follows|followed|stalking|stalks|stalked) me\\b"),
            p("\\b(?:i'm|i am|i feel|i get|i was|i've been)(?: so| really| too| very)? (?:scared|afraid|terrified"
                    + "|frightened) (?:of " + FEARED + "\\b(?!'s)|to go home|for my (?:life|safety)|of what (?:he|she|they)"
                    + "(?:'ll| will| might| would| could) do|(?:that )?(?:he|she|they)(?:'s| is|'ll| will| might| may"
                    + "| could|'re| are)[^.]{0,15}\\b(?:kill|hurt|hit|beat|strangle|stab|shoot) me)"),
            p("\\bscared for my life\\b|\\bfear(?:ing)? for my (?:life|safety)\\b"),
            p("\\b(?:i'm|i am|my life is|we're|we are)(?: [\\w']+)? in danger\\b(?! of)"),
            p("\\b(?:i'm|i am|i feel|we're)(?: [\\w']+)? unsafe\\b"));

    /** After "going on": not when it goes on about or with something else ("going on about it", "going on holiday"). */
    private static final String NOT_ABOUT_ELSE = "(?! (?:with|about|at|to|holiday|a |an |the |this |that |trips?\\b))";

    /**
     * Wording that holds its own "not" and is concerning as it stands: "I don't want to be here
     * anymore", "no reason to live", "I'm not sure I can keep myself safe".
     */
    static final List<Pattern> WHOLE = List.of(
            p("\\b(?:i|i just|i really) (?:don't|do not|no longer) (?:want|wanna) to (?:live|be alive|exist|keep living"
                    + "|go on|wake up|be around)\\b(?! (?:with|in|like that|near|here with))"),
            p("\\b(?:i|i just|i really) (?:don't|do not|no longer) (?:want|wanna) to be here (?:anymore|any longer"
                    + "|on this earth)\\b"),
            p("\\b(?:don't|do not) (?:want|wanna) to (?:exist|be alive)\\b"),
            p("\\b(?:don't|do not) (?:care|mind) (?:if|whether) i (?:live or die|die|live|wake up)\\b"),
            p("\\b(?:wish|hope|mind|rather)\\b[^.]{0,40}(?:\\bnot|n't|\\bnever) (?:wake|woke|waking) up\\b"),
            p("\\b(?:want|wish|wanna|need)\\b[^.]{0,20}\\bsleep forever\\b"),
            p("\\bhope i (?:just )?(?:don't|do not|won't) make it\\b"),
            p("\\b(?:better|happier|easier|relieved|lighter)\\b[^.]{0,30}\\b(?:without me|if i (?:was|were|'m) (?:gone"
                    + "|dead|not around|not here)|if i (?:wasn't|weren't) (?:around|here))"),
            p("\\b(?:no one|nobody|noone|anyone|no-one)\\b[^.]{0,25}\\b(?:notice|miss|care)\\b[^.]{0,20}\\bif i (?:died"
                    + "|disappeared|was gone|were gone|wasn't here|killed myself|die|left)\\b"),
            p("\\bif i (?:died|disappeared|was gone|were gone|wasn't here|killed myself)\\b[^.]{0,40}\\b(?:no one|nobody"
                    + "|anyone|noone)\\b[^.]{0,20}\\b(?:notice|miss|care)"),
            p("\\b(?:i'm|i am|i feel like)(?: just| such)? a burden\\b"),
            p("\\b(?:no|not a|not any|don't see a|can't see a|can't see any|don't have a|haven't got a|nothing)"
                    + "(?: [\\w']+)? (?:reason|point|purpose)\\b(?: [\\w']+){0,2} (?:to|for|in|of) (?:me )?(?:to )?(?:live|living"
                    + "|go on\\b" + NOT_ABOUT_ELSE + "|going on\\b" + NOT_ABOUT_ELSE
                    + "|be here|being here|keep going|keep living|stay alive"
                    + "|being alive|life)\\b"),
            p("\\bwhat's the point (?:in|of) (?:living|being alive|going on\\b" + NOT_ABOUT_ELSE
                    + "|being here|life|anything|me|trying anymore)"),
            // Seeing no point in going on, on its own: "I can't see the point of going on", "there's no point in
            // going on", "I don't see the point in anything anymore"; not a meeting, a trip or going on about it.
            p("\\b(?:can't|don't|no longer|never|couldn't) (?:see|find) (?:the|any|a|much) point (?:in|of|to) (?:(?:going|go"
                    + "|carrying|carry) on\\b" + NOT_ABOUT_ELSE
                    + "|living\\b(?! (?:in|with|here|there|at|on|near|together))|being alive|being here|life\\b"
                    + "|keep(?:ing)? going\\b(?! (?:with|to|at|on))|waking up\\b|anything(?: anymore| at all| any longer)?"
                    + "(?! (?:he|she|they|you|we|else|about|in|on|at|for|to|that|this|the|my|his|her|\\w+ing)\\b))"),
            p("\\b(?:there's|there is|is there any|there's just|there really is|really is) no point (?:in|of) (?:(?:going|carrying)"
                    + " on\\b" + NOT_ABOUT_ELSE + "|anything(?: anymore| at all"
                    + "| any longer)?(?! (?:he|she|they|you|we|else|about|in|on|at|for|to|that|this|the|my|his|her|\\w+ing)\\b))"),
            p("\\bwhat's the point of carrying on\\b" + NOT_ABOUT_ELSE),
            p("\\bnothing (?:left )?(?:to live for|left for me)\\b"),
            p("\\b(?:life|living)(?: [\\w']+)? (?:isn't|is not|is no longer|not) worth (?:living|it)\\b"),
            p("\\btired of (?:living|being alive|life|existing|being here)\\b(?! (?:in|with|at|here|like this in|on))"),
            p("\\b(?:can't|cannot) (?:go on|keep going|carry on)\\b(?! (?:about|with|to|at|holiday|a |the ))"),
            p("\\b(?:can't|cannot) (?:do|take|handle|cope with) (?:this|it)(?: [\\w']+)? (?:anymore|any longer)\\b"),
            p("\\bend of my (?:rope|tether)\\b"),
            p("\\b(?:give|giving|given|gave) up on (?:life|living|everything|myself)\\b"),
            p("\\b(?:i'm|i am) done with (?:life|living|everything|it all|this life|being alive)\\b"),
            p("\\b(?:just |really )?want (?:it all|it|everything|this|the pain|this pain|all of it|all this)(?: all)?"
                    + " to (?:just )?(?:stop|end|be over)(?: hurting)?\\b(?! \\w)"),
            p("\\bi (?:just )?want out\\b(?! of)"),
            p("\\b(?:no|can't see (?:a|any)|don't see (?:a|any)|the only) way out\\b"),
            p("\\b(?:won't|will not|not going to) be (?:here|around) (?:much longer|for (?:much )?longer|for long"
                    + "|anymore|tomorrow)\\b"),
            p("\\b(?:this is|it's) my (?:last|final) (?:entry|note|message|goodbye|page)\\b"),
            p("\\b(?:keep|keeping) myself safe\\b"),
            p("\\b(?:i'm|i am|i feel|we're|we are)(?: [\\w']+)? not safe\\b(?! (?:to|sharing|telling|saying|talking))"),
            p("\\b(?:don't|do not|never|can't|no longer) feel safe\\b(?! (?:to|sharing|telling|saying|talking|asking))"),
            p("\\b(?:don't|do not|can't) trust myself\\b"),
            p("\\b(?:wrote|written|writing|write) (?:goodbye )?(?:letters|notes|a goodbye|goodbye)\\b[^.]{0,40}\\b(?:after"
                    + " i'm gone|goodbye|understand|when i'm gone)"),
            p("\\brather (?:be dead|die)\\b[^.]{0,10}\\bthan (?:feel|live|living|go on|be|wake|face)"));

    /** Wording about someone else that is concerning as it stands: "he won't let me leave". */
    static final List<Pattern> WHOLE_BY_SOMEONE = List.of(
            p("\\b(?:won't|doesn't|will not|does not) let me (?:leave|go out|go|out|see|have|call)\\b"),
            p("\\bnot safe (?:at home|here|with him|with her|around him|around her)\\b"));

    /** A threat of harm, reported: "he said he'd kill me if I leave". */
    static final Pattern THREAT = p("\\b(?:said|says|told me|tells me|threaten\\w*|screaming|screamed|shouting|shouted"
            + "|yelling|yelled|swore|warned)\\b[^.]{0,30}\\b(?:he|she|they)(?:'d| would|'ll| will| is going to| was going"
            + " to|'s going to)\\b[^.]{0,40}\\b(?:me|us)\\b");

    /** Leaving or telling, with harm to follow: "if I try to leave he'll kill me". */
    static final Pattern IF_I_LEAVE = p("\\bif i (?:try to |ever )?(?:leave|left|tell|told|go to the police|call|report)"
            + "\\b[^.]{0,40}\\b(?:kill|hurt|hit|beat) me\\b");

    static final Pattern JOKING = p("\\b(?:joking|joke|kidding|jk|lol|haha)\\b|😂|🤣");

    /** The earlier "not" was untrue: "I said I'm not suicidal, that was a lie". */
    static final Pattern TAKEN_BACK = p("\\b(?:was a lie|i lied|i was lying|wasn't true|not true)\\b");

    /** Says what is written happened long ago, or is over. */
    static final Pattern PAST = p("\\b(?:years ago|year ago|long time ago|used to|back then|in my (?:teens|twenties"
            + "|thirties|teenage years|youth|early)|when i was (?:a |at |in |younger|little|young|\\d)|as a (?:teen"
            + "|teenager|kid|child)|at (?:1\\d|2\\d)\\b|since i last|free of|clean from|clean for|that's over|it's over"
            + "|i left him|i left her|another life|(?:years|months) (?:clean|free)|haven't (?:cut|self|hurt|harmed) in"
            + "|survived)\\b");

    /** Says it is happening again, or now. */
    static final Pattern NOW = p("\\b(?:again|last night|tonight|yesterday|this (?:week|morning|evening)|lately"
            + "|recently|right now|these days|urge|urges|still (?:want|think|feel|cut|hurt|wish)|want to|wanna"
            + "|thinking about|started)\\b");

    /** Films, songs and books: words quoted from them are not the writer's own. */
    static final Pattern MEDIA = p("\\b(?:song|lyric|lyrics|film|movie|book|novel|episode|show|series|character"
            + "|heroine|hero|article|documentary|news|podcast|poem|play|chapter|story|author|singer|band|says in"
            + "|sings|sang)\\b");

    /** The writer quoting their own thought: "I kept thinking "I want to die"". */
    static final Pattern OWN_QUOTE = p("\\bi (?:[\\w']+ )?(?:think|thinking|thought|said|say|told [\\w']+|wrote|write"
            + "|tell myself|told myself|whispered)\\s*:?\\s*\"");

    static final Pattern QUOTED = p("\"[^\"]*\"|'[^']{4,}'(?!\\w)");

    /** Hyperbole over dying, struck out before anything else is looked at. */
    static final Pattern IDIOM = p("\\b(?:die|died|dying|dead) (?:of|from|with) (?:embarrassment|shame|laughter|laughing"
            + "|boredom|envy|jealousy|curiosity|cuteness|happiness)\\b|\\b(?:die|died|dying) laughing\\b|\\bto die for"
            + "\\b|\\bdie in (?:your|his|her|my) arms\\b|\\bdie happy\\b|\\brather die than (?!feel|live|go on|be |wake"
            + "|face)");

    /** A word that takes back what follows it closely: "not", "never", "no longer". */
    static final Pattern NEGATION = p("\\b(?:not|never|no|nor|without|n't|don't|didn't|won't|wouldn't|isn't|aren't"
            + "|wasn't|haven't|hasn't|hadn't|can't|couldn't|shouldn't|ain't|dont|doesn't|longer)\\b");

    /** Wording with a "not" that does not take anything back: "I can't stop thinking about…". */
    static final Pattern NOT_A_NEGATION = p("\\b(?:can't|cannot|couldn't) (?:stop|help)|\\b(?:don't|do not) know\\b"
            + "|\\bnot sure\\b|\\bno one\\b|\\bnobody\\b|\\bno idea\\b|\\bwon't stop\\b");
}
