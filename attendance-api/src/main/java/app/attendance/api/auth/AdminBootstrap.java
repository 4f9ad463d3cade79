package app.attendance.api.auth;

import app.attendance.api.user.PasswordPolicy;
import app.attendance.api.user.Role;
import app.attendance.api.user.UserAccount;
import app.attendance.api.user.UserAccountRepository;
import java.security.SecureRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;
import org.springframework.boot.ApplicationArguments;
import org.springframework.boot.ApplicationRunner;
import org.springframework.security.crypto.password.PasswordEncoder;
import org.springframework.beans.factory.annotation.Autowired;
import org.springframework.jdbc.core.simple.JdbcClient;
import org.springframework.stereotype.Component;
import org.springframework.transaction.annotation.Transactional;

/**
 * Creates the first admin when no admin exists: with the configured password, or with a
 * generated one that is logged once (the run script reads that line). Replicas starting together
 * on one database take turns (a transaction-scoped advisory lock): the first creates the admin,
 * the others find it.
 */
@Component
class AdminBootstrap implements ApplicationRunner {

    private static final Logger log = LoggerFactory.getLogger(AdminBootstrap.class);
    private static final String ALPHABET = "ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz23456789";

    private final UserAccountRepository users;
    private final PasswordEncoder passwords;
    private final AdminProperties admin;
    private final Runnable takeTurn;

    @Autowired
    AdminBootstrap(UserAccountRepository users, PasswordEncoder passwords, AdminProperties admin, JdbcClient jdbc) {
        this(users, passwords, admin, () -> jdbc.sql(
                "select pg_advisory_xact_lock(hashtext('attendance-admin-bootstrap'))")
                .query().singleRow());
    }

    /** With {@code takeTurn} run first in the transaction: it returns once no other replica bootstraps. */
    AdminBootstrap(UserAccountRepository users, PasswordEncoder passwords, AdminProperties admin, Runnable takeTurn) {
        this.users = users;
        this.passwords = passwords;
        this.admin = admin;
        this.takeTurn = takeTurn;
    }

    @Override
    @Transactional
    public void run(ApplicationArguments args) {
        takeTurn.run();
        if (users.countByRole(Role.ADMIN) > 0 || users.existsByUsernameIgnoreCase(admin.username())) {
            return;
        }
        boolean generated = admin.password() == null || admin.password().isBlank();
        String password = generated ? randomPassword() : admin.password();
        if (!generated && (password.length() < 8 || PasswordPolicy.problem(admin.username(), password) != null)) {
            throw new IllegalStateException("ADMIN_PASSWORD is too weak for the first admin: it needs at least 8 "
                    + "characters and " + (password.length() < 8 ? "has fewer"
                            : PasswordPolicy.problem(admin.username(), password))
                    + "; set another or leave it empty to get a generated one");
        }
        users.save(new UserAccount(admin.username(), passwords.encode(password), Role.ADMIN, null, null));
        if (generated) {
            log.warn("Initial admin login: username={} password={}", admin.username(), password);
        } else {
            log.info("Created the first admin '{}' with the configured password", admin.username());
        }
    }

    private static String randomPassword() {
        SecureRandom random = new SecureRandom();
        StringBuilder sb = new StringBuilder();
        for (int i = 0; i < 16; i++) {
            sb.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return sb.toString();
    }
}
