package commonground.practice;

import java.util.List;

/**
 * A practice conversation file exactly as written, before it is checked. Every field may be
 * missing here; {@link ConversationValidator} names what is missing or wrong.
 */
record ConversationFile(String id, Integer version, String kind, String title, String summary, Integer minutes,
                        Integer order, String walkThrough, String setting, CharacterEntry character,
                        List<TurnEntry> turns, List<EndingEntry> endings) {

    record CharacterEntry(String name, String relationship, Integer openness, String pronouns,
                          List<String> writtenFor) {
    }

    record TurnEntry(String id, String says, String does, List<ReplyEntry> replies, BetterEntry better) {
    }

    record ReplyEntry(String say, List<String> practices, List<String> closes, String note, String next) {
    }

    record BetterEntry(String line, List<String> practices) {
    }

    record EndingEntry(String id, String kind, String title, String says, String does, String text) {
    }
}
