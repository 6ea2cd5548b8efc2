package commonground.language;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.Objects;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The rule-based message coach: reads a draft and points out phrases that are likely to make the
 * other person defend rather than hear, and notices what is already working.
 *
 * <h2>API</h2>
 * <pre>{@code
 * LanguageCoach coach = new LanguageCoach();          // shares the default rules, loaded once
 * Review review = coach.review("You never listen. I miss our walks.");
 * for (Finding f : review.findings()) {               // empty list when nothing is flagged
 *     f.kind();            // FindingKind: JUDGMENT, DEMAND, ABSOLUTE, PRESSURE_TO_SHARE,
 *                          //              DISGUISED_JUDGMENT, ULTIMATUM, SAFETY
 *     f.start(); f.end();  // char offsets into the text passed in: text.substring(start, end) == f.phrase()
 *     f.explanation();     // one plain line: why this may not land well
 *     f.direction();       // which way to go: an observation, an I-statement, a request with room for no
 *     f.exampleRewrite();  // Optional<String> example rewrite
 * }
 * for (GoodMove g : review.goodMoves()) {             // encouragement, never findings
 *     g.kind(); g.start(); g.end(); g.message();      // GoodMoveKind: OBSERVATION, CONSENT, I_STATEMENT,
 * }                                                   //   REQUEST_WITH_ROOM, APPRECIATION
 * review.flagged();                                   // true when findings() is not empty
 * }</pre>
 *
 * <p>The draft is split into sentences; each is reviewed on its own and spans are reported relative
 * to the whole text. Good moves are only reported for sentences with no findings. Findings never
 * overlap, and both lists are ordered by start offset.
 *
 * <p>The patterns, word lists and every text the user sees live in {@code coach-rules.yaml}
 * ({@link CoachRules}); the code adds the distinctions a pattern alone cannot make (see {@link Guard}):
 * who the subject is (I vs you), appreciation vs criticism, negation, invitations vs accusing
 * questions, and whose verdict it is ({@link Attribution}). {@link Structures} reads sentence
 * structure from OpenNLP's tokens and parts of speech ({@link Tagger}) and judges words it has no
 * list for by their VADER valence ({@link Lexicon}); see decision 0008. A softener ("no rush")
 * never cancels a demand. Violence in the draft gives a {@link FindingKind#SAFETY} finding and no
 * advice on wording. The models load on the first review, never before; if one cannot load, the
 * pattern rules go on alone. No network. Instances are safe to share between threads.
 */
public final class LanguageCoach {

    private static final Review EMPTY = new Review(List.of(), List.of());
    private static final Pattern YES_NO_QUESTION =
            Pattern.compile("^\\W*(?:do|does|did|have|has|are|were|is|would|could|can|will)\\s+you\\b");

    /** How likely the sentence model must find a sentence for a weak structural match to count. */
    static final double WEAK_HIT_THRESHOLD = 0.7;

    private static final System.Logger LOG = System.getLogger(LanguageCoach.class.getName());

    private final CoachRules rules;
    private final Structures structures;
    private volatile boolean structuresWork = true;
    private final ClauseSubjects subjects;
    private final SentenceModel model;
    private final double weakHitThreshold;
    private final double confidentThreshold;

    /** A coach using the rules that ship with the app (loaded once, shared). */
    public LanguageCoach() {
        this(CoachRules.defaults());
    }

    /** A coach using the given rules, e.g. {@code CoachRules.load(url)}. */
    public LanguageCoach(CoachRules rules) {
        this(rules, null);
    }

    /** A coach with its own sentence model (for tests; {@code null} means the shipped one, read on first use). */
    LanguageCoach(CoachRules rules, SentenceModel model) {
        this(rules, model, WEAK_HIT_THRESHOLD);
    }

    LanguageCoach(CoachRules rules, SentenceModel model, double weakHitThreshold) {
        this(rules, model, weakHitThreshold, ConfidentModel.THRESHOLD);
    }

    LanguageCoach(CoachRules rules, SentenceModel model, double weakHitThreshold, double confidentThreshold) {
        this.weakHitThreshold = weakHitThreshold;
        this.confidentThreshold = confidentThreshold;
        this.rules = Objects.requireNonNull(rules, "rules");
        this.structures = new Structures(rules);
        this.subjects = new ClauseSubjects(rules);
        this.model = model;
        ModelLoading.record("a coach");
    }

    /** The rules in use. */
    public CoachRules rules() {
        return rules;
    }

    /**
     * Reviews a draft message.
     *
     * @param text the draft; {@code null} or blank gives an empty review
     * @return findings and good moves, with offsets into {@code text}
     */
    public Review review(String text) {
        if (text == null || text.isBlank()) {
            return EMPTY;
        }
        String norm = TextTools.normalize(text);
        String cased = TextTools.straighten(text);
        List<Finding> findings = new ArrayList<>();
        List<GoodMove> moves = new ArrayList<>();
        for (int[] span : TextTools.sentences(norm)) {
            int before = findings.size();
            Sentence s = new Sentence(text, cased.substring(span[0], span[1]), norm.substring(span[0], span[1]), span[0]);
            reviewSentence(s, findings);
            if (findings.size() == before) {
                reviewInFull(s, findings);
            }
            if (findings.size() == before) {
                noticeGoodMoves(s, moves);
            }
        }
        findings.sort(Comparator.comparingInt(Finding::start));
        moves.sort(Comparator.comparingInt(GoodMove::start));
        return new Review(findings, moves);
    }

    /** One sentence: the original text, its normalised form, and lazily computed facts about it. */
    private final class Sentence {
        final String original;
        final String cased;
        final String norm;
        final int offset;
        private ParsedSentence parsed;
        private double likelihood = -1;
        private Boolean appreciation;
        private Boolean roomForNo;
        private Boolean yesNoQuestion;
        private BitSet phrases;

        Sentence(String original, String cased, String norm, int offset) {
            this.original = original;
            this.cased = cased;
            this.norm = norm;
            this.offset = offset;
        }

        double likelihood() {
            if (likelihood < 0) {
                likelihood = (model != null ? model : SentenceModel.defaults()).probability(norm);
            }
            return likelihood;
        }

        ParsedSentence parsed() {
            if (parsed == null) {
                parsed = new ParsedSentence(cased, norm);
            }
            return parsed;
        }

        boolean appreciation() {
            if (appreciation == null) {
                int but = norm.lastIndexOf(" but ");
                appreciation = rules.isAppreciation(but < 0 ? norm : norm.substring(but));
            }
            return appreciation;
        }

        boolean roomForNo() {
            if (roomForNo == null) {
                roomForNo = rules.hasRoomForNo(norm);
            }
            return roomForNo;
        }

        boolean yesNoQuestion() {
            if (yesNoQuestion == null) {
                yesNoQuestion = norm.indexOf('?') >= 0 && YES_NO_QUESTION.matcher(norm).find();
            }
            return yesNoQuestion;
        }

        /** Whether pattern {@code index} of {@link CoachRules#screen()} can match at all. */
        boolean mayMatch(int index) {
            if (phrases == null) {
                phrases = rules.screen().present(norm);
            }
            return rules.screen().mayMatch(index, phrases);
        }

        String originalAt(int start, int end) {
            return original.substring(offset + start, offset + end);
        }
    }

    /** A sentence typed without apostrophes ("youre", "dont", "u") is read again in full; spans map back. */
    private void reviewInFull(Sentence s, List<Finding> out) {
        Informal.Expanded x = Informal.expand(s.norm, s.cased);
        if (x == null) {
            return;
        }
        List<Finding> found = new ArrayList<>();
        reviewSentence(new Sentence(x.cased(), x.cased(), x.norm(), 0), found);
        for (Finding f : found) {
            int start = s.offset + x.map()[f.start()];
            int end = s.offset + x.map()[f.end()];
            out.add(new Finding(f.kind(), start, end, s.original.substring(start, end), f.explanation(),
                    f.direction(), f.exampleRewrite(), f.ruleId()));
        }
    }

    private void reviewSentence(Sentence s, List<Finding> out) {
        int firstOfSentence = out.size();
        List<CoachRules.Rule> all = rules.rules();
        for (int r = 0; r < all.size(); r++) {
            CoachRules.Rule rule = all.get(r);
            if (!s.mayMatch(r)) {
                continue; // the pattern cannot match: it lacks text it needs
            }
            Matcher m = rule.pattern().matcher(s.norm);
            while (m.find()) {
                if (m.end() == m.start()) {
                    continue;
                }
                int start = m.start();
                if (rule.guards().contains(Guard.SUBJECT_YOU)) {
                    int subject = subjects.subjectYouStart(s.norm, m.start());
                    if (subject < 0) {
                        continue;
                    }
                    start = subject;
                }
                if (rule.guards().contains(Guard.IMPERATIVE_OR_YOU)
                        && subjects.subjectYouStart(s.norm, m.start()) < 0 && !ClauseSubjects.startsWithVerb(s.norm)) {
                    continue;
                }
                if (!passes(rule, m, s)) {
                    continue;
                }
                int[] span = TextTools.trim(s.norm, start, m.end());
                if (span == null || TextTools.overlaps(out, firstOfSentence, s.offset + span[0], s.offset + span[1])) {
                    continue;
                }
                if (Attribution.notTheWritersVerdict(rule.kind(), s.norm, span[0])) {
                    continue;
                }
                out.add(finding(rule, m, s, span));
            }
        }
        if (structuresWork) {
            try {
                structuralFindings(s, out, firstOfSentence);
            } catch (RuntimeException | LinkageError e) {
                // a model that cannot load leaves the pattern rules working; said once, never the text
                structuresWork = false;
                LOG.log(System.Logger.Level.ERROR, "Language models could not be used; the coach goes on with "
                        + "its pattern rules only", e);
            }
        }
        boolean unsafe = false;
        for (int i = firstOfSentence; i < out.size(); i++) {
            unsafe |= out.get(i).kind() == FindingKind.SAFETY;
        }
        if (unsafe) {
            // safety first: no advice in the same sentence on how to word a demand or a threat
            for (int i = out.size() - 1; i >= firstOfSentence; i--) {
                FindingKind k = out.get(i).kind();
                if (k == FindingKind.ULTIMATUM || k == FindingKind.DEMAND) {
                    out.remove(i);
                }
            }
        }
    }

    private void structuralFindings(Sentence s, List<Finding> out, int firstOfSentence) {
        ParsedSentence p = s.parsed();
        List<Structures.Hit> hits = new ArrayList<>();
        structures.find(p, s.norm, hits);
        for (Structures.Hit hit : hits) {
            if (hit.weak() && s.likelihood() < weakHitThreshold) {
                continue; // a candidate the sentence model does not confirm
            }
            CoachRules.Structure st = rules.structure(hit.id());
            int[] span = TextTools.trim(s.norm, p.start[hit.from()], p.end[hit.to() - 1]);
            if (span == null || TextTools.overlaps(out, firstOfSentence, s.offset + span[0], s.offset + span[1])) {
                continue;
            }
            if (Attribution.notTheWritersVerdict(st.kind(), s.norm, span[0])
                    || st.kind() == FindingKind.JUDGMENT && rules.isAppreciation(s.norm.substring(span[0]))) {
                continue;
            }
            String phrase = s.originalAt(span[0], span[1]);
            out.add(new Finding(st.kind(), s.offset + span[0], s.offset + span[1], phrase,
                    st.explanation().replace("{w}", hit.keyWord()), st.direction(), st.example(), hit.id()));
        }
        if (out.size() == firstOfSentence) { // nothing found by rule: is the model very sure on its own?
            int[] span = ConfidentModel.span(rules, model != null ? model : SentenceModel.defaults(), s.norm,
                    s.likelihood(), confidentThreshold);
            span = span == null ? null : TextTools.trim(s.norm, span[0], span[1]);
            if (span != null) {
                CoachRules.Structure st = rules.structure(ConfidentModel.ID);
                out.add(new Finding(st.kind(), s.offset + span[0], s.offset + span[1], s.originalAt(span[0], span[1]),
                        st.explanation(), st.direction(), st.example(), ConfidentModel.ID));
            }
        }
    }

    private boolean passes(CoachRules.Rule rule, Matcher m, Sentence s) {
        for (Guard g : rule.guards()) {
            boolean ok = switch (g) {
                case SUBJECT_YOU, IMPERATIVE_OR_YOU -> true; // resolved by the caller
                case NOT_APPRECIATION -> !s.appreciation();
                case NO_ROOM_FOR_NO -> !s.roomForNo();
                case NOT_NEGATED -> !rules.isNegatedBefore(s.norm.substring(0, m.start()));
                case NOT_YES_NO_QUESTION -> !s.yesNoQuestion();
                case NEGATIVE_REST -> negativeRest(rule.hasRest() && m.group("rest") != null
                        ? m.group("rest") : ClauseSubjects.restAfterYou(s.norm, m));
                case MENTIONS_YOU -> subjects.hasYouSubject(s.norm, 0, m.start())
                        || subjects.hasYouSubject(s.norm, m.end(), s.norm.length());
            };
            if (!ok) {
                return false;
            }
        }
        return true;
    }

    /**
     * True if the text carries criticism: a word of the rules' lists, or a word the VADER lexicon
     * rates clearly negative that is not a passing state ("punishing me", but not "you're tired").
     */
    private boolean negativeRest(String text) {
        if (rules.isNegative(text)) {
            return true;
        }
        if (!structuresWork) {
            return false;
        }
        try {
            for (String w : text.split("[^a-z'-]+")) {
                if (!w.isEmpty() && Lexicon.valence(w) <= -1.5f && !rules.inList("states", w)) {
                    return true;
                }
            }
        } catch (RuntimeException | LinkageError e) {
            return false; // no lexicon: the lists alone decide
        }
        return false;
    }

    private static Finding finding(CoachRules.Rule rule, Matcher m, Sentence s, int[] span) {
        String phrase = s.originalAt(span[0], span[1]);
        String keyWord = phrase;
        if (rule.hasKeyWord() && m.group("w") != null) {
            keyWord = s.originalAt(m.start("w"), m.end("w")).trim();
        }
        String explanation = rule.explanation().replace("{w}", keyWord);
        return new Finding(rule.kind(), s.offset + span[0], s.offset + span[1], phrase, explanation,
                rule.direction(), rule.example(), rule.id());
    }

    private void noticeGoodMoves(Sentence s, List<GoodMove> out) {
        int first = out.size();
        List<CoachRules.MoveRule> all = rules.moves();
        for (int mi = 0; mi < all.size(); mi++) {
            CoachRules.MoveRule move = all.get(mi);
            if (!s.mayMatch(rules.rules().size() + mi)) {
                continue;
            }
            Matcher m = move.pattern().matcher(s.norm);
            if (!m.find()) {
                continue;
            }
            int[] span = TextTools.trim(s.norm, m.start(), m.end());
            if (span == null) {
                continue;
            }
            int start = s.offset + span[0];
            int end = s.offset + span[1];
            boolean clash = false;
            for (int i = first; i < out.size(); i++) {
                GoodMove g = out.get(i);
                if (g.kind() == move.kind() || (start < g.end() && g.start() < end)) {
                    clash = true;
                    break;
                }
            }
            if (!clash) {
                out.add(new GoodMove(move.kind(), start, end, s.originalAt(span[0], span[1]), move.message(), move.id()));
            }
        }
    }
}
