package commonground.bench;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;

/**
 * Seeded, realistic-looking note text: English words in several forms, drawn with a Zipf
 * distribution (a few words very common, most rare), in sentences and paragraphs.
 */
final class NoteTextGenerator {

    private static final String BASE = """
            the and to of a in that is was he for it with as his on be at by i this had not are but from or have an
            they which one you were her all she there would their we him been has when who will more no if out so
            said what up its about into than them can only other new some could time these two may then do first any
            my now such like our over man me even most made after also did many before must through back years where
            much your way well down should because each just those people how too little state good very make world
            still own see men work long get here between both life being under never day same another know while last
            might us great old year off come since against go came right used take three himself few house use during
            without again place around however home small found thought went say part once general high upon school
            every left number course war until always away something fact though water less public put think almost
            hand enough far took head yet government system better set told nothing night end why called didn find
            going look asked later knew point next program city business give group toward young days let room
            president side social given present several order national possible rather second face per among form
            important often things looked early white case john become large big need four within felt along children
            saw best church ever least power development light thing seemed family interest want members mind country
            walk garden talk quiet gentle trust patience listen notice feeling silence together morning evening coffee
            dinner weekend river music film game football kitchen story memory letter grief hope calm rest sleep tired
            worry laugh smile hug touch closeness distance space patient honest kind warm soft slow careful brave
            afraid angry sad happy lonely grateful relief tender open closed wall bridge path small signs moment
            """;
    private static final String[] SUFFIXES = {"", "s", "ed", "ing", "ly", "ness"};

    private final List<String> words;
    private final double[] cumulative;

    NoteTextGenerator(long seed) {
        Random random = new Random(seed);
        List<String> all = new ArrayList<>();
        for (String w : BASE.trim().split("\\s+")) {
            all.add(w);
            for (int i = 1; i < SUFFIXES.length; i++) {
                if (random.nextInt(3) == 0) {
                    all.add(w + SUFFIXES[i]);
                }
            }
        }
        List<String> distinct = new ArrayList<>(new java.util.LinkedHashSet<>(all));
        List<String> head = new ArrayList<>(distinct.subList(0, 100));
        List<String> tail = new ArrayList<>(distinct.subList(100, distinct.size()));
        Collections.shuffle(tail, random);
        head.addAll(tail);
        words = List.copyOf(head);
        cumulative = new double[words.size()];
        double sum = 0;
        for (int i = 0; i < words.size(); i++) {
            sum += 1.0 / (i + 1);
            cumulative[i] = sum;
        }
        for (int i = 0; i < cumulative.length; i++) {
            cumulative[i] /= sum;
        }
    }

    List<String> vocabulary() {
        return words;
    }

    String word(Random random) {
        int i = java.util.Arrays.binarySearch(cumulative, random.nextDouble());
        return words.get(Math.min(words.size() - 1, i < 0 ? -i - 1 : i));
    }

    /** About {@code chars} characters of text, in sentences and paragraphs. */
    String note(Random random, int chars) {
        StringBuilder sb = new StringBuilder(chars + 64);
        while (sb.length() < chars) {
            int n = 6 + random.nextInt(12);
            String first = word(random);
            sb.append(Character.toUpperCase(first.charAt(0))).append(first, 1, first.length());
            for (int i = 1; i < n; i++) {
                sb.append(' ').append(word(random));
            }
            sb.append(random.nextInt(8) == 0 ? ".\n\n" : ". ");
        }
        return sb.toString();
    }
}
