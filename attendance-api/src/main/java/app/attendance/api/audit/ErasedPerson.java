package app.attendance.api.audit;

import java.util.Collection;
import java.util.Map;
import java.util.Set;

/**
 * A person erased from the school's data, as the audit log must forget them.
 *
 * @param pseudonym what stands in the audit log instead of their data, e.g. {@code student#42}
 * @param rows the audit rows about them, by entity ({@code student} → their id, {@code user} → their
 *        logins, {@code attendance} → their records)
 * @param fields the names of the personal fields in those rows' details ({@code fullName=…}); every
 *        value they ever had there is pseudonymised too, e.g. a name before a correction
 * @param values their personal data as it is now (name, code, e-mail, phone, date of birth …)
 * @param actors their user names: entries they made keep the entry, with the pseudonym as actor
 */
public record ErasedPerson(String pseudonym, Map<String, ? extends Collection<Long>> rows, Set<String> fields,
        Collection<String> values, Collection<String> actors) {
}
