package commonground.language;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import opennlp.tools.ml.model.MaxentModel;
import opennlp.tools.postag.POSModel;
import opennlp.tools.postag.POSTaggerME;
import opennlp.tools.tokenize.TokenizerME;
import opennlp.tools.tokenize.TokenizerModel;
import opennlp.tools.util.Span;

/**
 * Tokens and parts of speech from Apache OpenNLP with its English Universal Dependencies models
 * (tags such as PRON, AUX, VERB, ADJ, NOUN; "you're" stays one token tagged PRON+AUX).
 *
 * <p>The models (about 1.5 MB) are read from the classpath on first use, never before: the first
 * review pays about a third of a second, which {@code draft.CoachService} spends on its own thread.
 * The models are shared; the OpenNLP tools that use them are not thread-safe, so each thread gets its own.
 *
 * <p>The parts of speech are decoded greedily (a beam of {@value #BEAM_SIZE}) rather than with the
 * model's beam of 3: on all 41,807 tokens of the labelled sets the tags are the same, at about half
 * the cost ({@code TaggerTest} checks it, decision 0024).
 */
final class Tagger {

    static final String TOKENIZER_MODEL = "/opennlp-en-ud-ewt-tokens-1.3-2.5.4.bin";
    static final String POS_MODEL = "/opennlp-en-ud-ewt-pos-1.3-2.5.4.bin";
    /** How many tag sequences the part-of-speech tagger keeps while it reads a sentence. */
    static final int BEAM_SIZE = 1;
    private static final String POS_ENTRY = "pos.model";

    /** Loads both models the first time anything asks for them. */
    private static final class Models {
        static final TokenizerModel TOKENS = load(TOKENIZER_MODEL, TokenizerModel::new);
        static final POSModel POS = withBeam(load(POS_MODEL, POSModel::new), BEAM_SIZE);
    }

    private interface Reader<T> {
        T read(InputStream in) throws IOException;
    }

    private static final ThreadLocal<TokenizerME> TOKENIZER = ThreadLocal.withInitial(() -> new TokenizerME(Models.TOKENS));
    private static final ThreadLocal<POSTaggerME> POS = ThreadLocal.withInitial(() -> new POSTaggerME(Models.POS));

    private Tagger() {
    }

    /** The same model decoded with another beam size; a model of another kind is kept as it is. */
    static POSModel withBeam(POSModel model, int beamSize) {
        Object maxent = model.getArtifact(POS_ENTRY);
        if (!(maxent instanceof MaxentModel m)) {
            return model;
        }
        return new POSModel(model.getLanguage(), m, beamSize, null, model.getFactory());
    }

    private static <T> T load(String resource, Reader<T> reader) {
        ModelLoading.record(resource);
        try (InputStream in = Tagger.class.getResourceAsStream(resource)) {
            if (in == null) {
                throw new IllegalStateException("language model " + resource + " is missing from the class path");
            }
            return reader.read(in);
        } catch (IOException e) {
            throw new UncheckedIOException("language model " + resource + " could not be read", e);
        }
    }

    /**
     * Tokenises and tags one sentence. {@code text} should keep its case (the tagger relies on it);
     * the returned spans are offsets into it.
     */
    static Tagged tag(String text) {
        Span[] spans = TOKENIZER.get().tokenizePos(text);
        String[] words = new String[spans.length];
        for (int i = 0; i < spans.length; i++) {
            words[i] = wordFor(text, spans, i, words);
        }
        String[] tags = POS.get().tag(words);
        return new Tagged(spans, tags);
    }

    /** The word the tagger is given for token {@code i}, once the words before it are set. */
    static String wordFor(String text, Span[] spans, int i, String[] words) {
        String w = text.substring(spans[i].getStart(), spans[i].getEnd());
        // a capital at the start of a clause makes the tagger read orders as names ("Cancel the trip")
        return i == 0 || (i > 0 && ",;:".contains(words[i - 1])) ? lowerFirst(w) : w;
    }

    private static String lowerFirst(String w) {
        return w.length() > 1 && Character.isUpperCase(w.charAt(0)) && !w.equals("I") && !w.startsWith("I'")
                ? Character.toLowerCase(w.charAt(0)) + w.substring(1) : w;
    }

    /** Token spans and their tags, index for index. */
    record Tagged(Span[] spans, String[] tags) {
    }
}
