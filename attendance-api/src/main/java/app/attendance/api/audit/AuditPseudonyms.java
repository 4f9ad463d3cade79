package app.attendance.api.audit;

import java.util.ArrayList;
import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Service;
import org.springframework.transaction.annotation.Propagation;
import org.springframework.transaction.annotation.Transactional;

/**
 * Replaces an erased person's data in the audit log by a pseudonym, in the erasing transaction. The
 * entries stay (who did what, when, to which row id); only the personal values in their details and
 * reason, and the person as actor, become the pseudonym. Values are taken from the person as they are
 * now and from every value the named fields ever had in the entries about them. In those entries a
 * named field's value is always replaced, and any value elsewhere wherever it stands as a whole word
 * (ignoring case), unless it is too short or too plain a number to be told from other data (a
 * student code {@code 12} is not replaced in {@code session=12}).
 */
@Service
public class AuditPseudonyms {

    private static final int ACTOR_LENGTH = 64;

    private final JdbcClient jdbc;

    AuditPseudonyms(JdbcClient jdbc) {
        this.jdbc = jdbc;
    }

    /** One audit row's text columns. */
    private record Row(long id, String actor, String oldValue, String newValue, String reason) {
    }

    /**
     * Pseudonymises the person's entries; returns how many entries changed.
     */
    @Transactional(propagation = Propagation.MANDATORY)
    public int pseudonymise(ErasedPerson person) {
        Map<Long, Row> rows = new LinkedHashMap<>();
        person.rows().forEach((entity, ids) -> {
            if (!ids.isEmpty()) {
                select("entity = :entity and entity_id in (:ids)", Map.of("entity", entity, "ids", ids), rows);
            }
        });
        Set<String> values = new LinkedHashSet<>(person.values());
        Set<String> actors = new LinkedHashSet<>(person.actors());
        for (Row r : rows.values()) {
            for (String text : new String[] {r.oldValue(), r.newValue()}) {
                harvest(text, person.fields(), values, actors);
            }
        }
        actors.removeIf(a -> a == null || a.isBlank());
        if (!actors.isEmpty()) {
            select("actor in (:actors)", Map.of("actors", actors), rows);
        }
        values.addAll(actors);
        Replacements replacements = Replacements.of(person.fields(), values, person.pseudonym());
        String pseudonym = person.pseudonym();
        int changed = 0;
        for (Row r : rows.values()) {
            String actor = actors.contains(r.actor()) ? truncate(pseudonym) : r.actor();
            String oldValue = replacements.apply(r.oldValue());
            String newValue = replacements.apply(r.newValue());
            String reason = replacements.apply(r.reason());
            if (!actor.equals(r.actor()) || changed(oldValue, r.oldValue()) || changed(newValue, r.newValue())
                    || changed(reason, r.reason())) {
                jdbc.sql("""
                        update audit_log set actor = :actor, old_value = :oldValue, new_value = :newValue,
                            reason = :reason
                        where id = :id""")
                        .param("actor", actor).param("oldValue", oldValue).param("newValue", newValue)
                        .param("reason", reason).param("id", r.id()).update();
                changed++;
            }
        }
        return changed;
    }

    private void select(String where, Map<String, ?> params, Map<Long, Row> into) {
        jdbc.sql("select id, actor, old_value, new_value, reason from audit_log where " + where)
                .params(params)
                .query((rs, n) -> new Row(rs.getLong(1), rs.getString(2), rs.getString(3), rs.getString(4),
                        rs.getString(5)))
                .list().forEach(r -> into.putIfAbsent(r.id(), r));
    }

    /**
     * Collects the values of the named fields in a record's text ({@code View[a=1, fullName=Ann Lee,
     * b=…]}): a value runs to the next {@code ", name="} or the closing bracket. A {@code username}
     * is also an actor name.
     */
    static void harvest(String text, Set<String> fields, Set<String> values, Set<String> actors) {
        if (text == null || fields.isEmpty()) {
            return;
        }
        for (String field : fields) {
            Matcher m = fieldPattern(field).matcher(text);
            while (m.find()) {
                String value = m.group(2).trim();
                if (!value.isEmpty() && !value.equals("null")) {
                    values.add(value);
                    if (field.equals("username")) {
                        actors.add(value);
                    }
                }
            }
        }
    }

    /** {@code field=value} up to the next {@code ", name="} or the closing bracket; group 2 is the value. */
    private static Pattern fieldPattern(String field) {
        return Pattern.compile("((?<!\\w)" + Pattern.quote(field) + "=)(.*?)(?=, \\w+=|]\\s*$)", Pattern.DOTALL);
    }

    /** What to replace: the named fields' values, then distinctive values as whole words. */
    record Replacements(List<Pattern> fields, List<Pattern> words, String pseudonym) {

        /** Words longest first, so that a name is replaced before a part of it. */
        static Replacements of(Set<String> fields, Collection<String> values, String pseudonym) {
            List<String> sorted = new ArrayList<>(values.stream().filter(v -> v != null).map(String::trim)
                    .filter(Replacements::distinctive).distinct().toList());
            sorted.sort(Comparator.comparingInt(String::length).reversed());
            return new Replacements(fields.stream().map(AuditPseudonyms::fieldPattern).toList(),
                    sorted.stream().map(v -> Pattern.compile("(?<![\\p{L}\\p{N}])" + Pattern.quote(v)
                            + "(?![\\p{L}\\p{N}])", Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE)).toList(),
                    pseudonym);
        }

        /** Long enough, and with a letter or long enough to be no id or count (a phone number is). */
        private static boolean distinctive(String value) {
            return value.length() >= 3 && !value.equals("null")
                    && (value.codePoints().anyMatch(Character::isLetter) || value.length() >= 6);
        }

        String apply(String text) {
            if (text == null) {
                return null;
            }
            String out = text;
            for (Pattern p : fields) {
                out = p.matcher(out).replaceAll(m -> Matcher.quoteReplacement(
                        m.group(2).equals("null") ? m.group() : m.group(1) + pseudonym));
            }
            for (Pattern p : words) {
                out = p.matcher(out).replaceAll(Matcher.quoteReplacement(pseudonym));
            }
            return out;
        }
    }

    private static boolean changed(String a, String b) {
        return a == null ? b != null : !a.equals(b);
    }

    private static String truncate(String s) {
        return s.length() <= ACTOR_LENGTH ? s : s.substring(0, ACTOR_LENGTH);
    }
}
