import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Base64;
import java.util.List;
import java.util.concurrent.CyclicBarrier;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Booking throughput under contention against a running VidSynt (demo data, MariaDB): N clients (each its own
 * account, HTTP Basic) book every one of S sessions of C seats, all clients released at once per session. Prints bookings per second and
 * checks the invariant afterwards in the database: per session booked = min(C, N), nobody twice, waitlist positions
 * 1..N-C. Run through bench/booking-bench.sh.
 */
public class BookingBench {

    static final HttpClient HTTP = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1)
            .connectTimeout(Duration.ofSeconds(30))
            .followRedirects(HttpClient.Redirect.NEVER).build();

    public static void main(String[] args) throws Exception {
        URI base = URI.create(arg(args, "--base", "http://127.0.0.1:8104/"));
        String db = arg(args, "--db", null);
        String dbUser = arg(args, "--db-user", "root");
        String dbPassword = arg(args, "--db-password", "");
        int clients = Integer.parseInt(arg(args, "--clients", "500"));
        int sessions = Integer.parseInt(arg(args, "--sessions", "10"));
        int seats = Integer.parseInt(arg(args, "--seats", "20"));
        String prefix = "bench" + System.currentTimeMillis() % 100000 + "u";

        try (Connection connection = DriverManager.getConnection(db, dbUser, dbPassword)) {
            createLearners(connection, prefix, clients);
        }
        List<String> credentials = new ArrayList<>();
        for (int i = 1; i <= clients; i++) {
            credentials.add("Basic " + Base64.getEncoder().encodeToString((prefix + i + ":vidsynt-demo")
                    .getBytes(StandardCharsets.UTF_8)));
        }

        List<Long> ids = new ArrayList<>();
        for (int s = 0; s < sessions; s++) {
            ids.add(createSession(base, "Benchmark " + prefix + " " + s, seats, s));
        }
        ExecutorService pool = Executors.newFixedThreadPool(clients);
        long totalNanos = 0;
        int failures = 0;
        for (long session : ids) {
            CyclicBarrier barrier = new CyclicBarrier(clients);
            List<Future<Integer>> answers = new ArrayList<>();
            long start = System.nanoTime();
            for (String credential : credentials) {
                answers.add(pool.submit(() -> {
                    barrier.await();
                    return HTTP.send(HttpRequest.newBuilder(base.resolve("api/v1/sessions/" + session + "/booking"))
                            .header("Authorization", credential).header("Accept", "application/json")
                            .timeout(Duration.ofMinutes(3)).POST(HttpRequest.BodyPublishers.noBody()).build(),
                            HttpResponse.BodyHandlers.discarding()).statusCode();
                }));
            }
            for (Future<Integer> answer : answers) {
                if (answer.get() != 201) {
                    failures++;
                }
            }
            long nanos = System.nanoTime() - start;
            totalNanos += nanos;
            System.out.printf("session %d: %d bookings in %d ms%n", session, clients, nanos / 1_000_000);
        }
        pool.shutdown();
        double seconds = totalNanos / 1e9;
        long requests = (long) clients * sessions;
        System.out.printf("RESULT: %d booking requests (%d sessions x %d clients, %d seats each) in %.1f s = %.0f bookings/s, "
                + "%d non-201 answers%n", requests, sessions, clients, seats, seconds, requests / seconds, failures);

        boolean ok = failures == 0;
        try (Connection connection = DriverManager.getConnection(db, dbUser, dbPassword)) {
            for (long session : ids) {
                ok &= check(connection, session, Math.min(seats, clients), clients - Math.min(seats, clients));
            }
        }
        System.out.println(ok ? "INVARIANT OK: no session overbooked, nobody twice, waitlists in order"
                : "INVARIANT BROKEN");
        System.exit(ok ? 0 : 1);
    }

    static boolean check(Connection db, long session, int booked, int waiting) throws Exception {
        PreparedStatement q = db.prepareStatement("SELECT SUM(status = 'BOOKED'), SUM(status = 'WAITLISTED'), "
                + "COUNT(*) - COUNT(DISTINCT person_id), COUNT(DISTINCT waitlist_position), MIN(waitlist_position), "
                + "MAX(waitlist_position) FROM session_booking WHERE session_id = ?");
        q.setLong(1, session);
        ResultSet r = q.executeQuery();
        r.next();
        boolean ok = r.getInt(1) == booked && r.getInt(2) == waiting && r.getInt(3) == 0
                && (waiting == 0 || r.getInt(4) == waiting && r.getInt(5) == 1 && r.getInt(6) == waiting);
        if (!ok) {
            System.out.printf("session %d: booked %d (want %d), waitlisted %d (want %d), duplicates %d, positions %d "
                    + "distinct in %d..%d%n", session, r.getInt(1), booked, r.getInt(2), waiting, r.getInt(3),
                    r.getInt(4), r.getInt(5), r.getInt(6));
        }
        return ok;
    }

    /**
     * Learners with the demo password, hashed with PBKDF2-HMAC-SHA512 in the application's format but 1,000
     * iterations (the application reads the count from the hash): HTTP Basic then costs about a millisecond, so the
     * benchmark measures booking, not password hashing (210,000 iterations cost ~0.2 s of CPU per request).
     */
    static void createLearners(Connection db, String prefix, int count) throws Exception {
        byte[] salt = new byte[32];
        new java.security.SecureRandom().nextBytes(salt);
        byte[] key = javax.crypto.SecretKeyFactory.getInstance("PBKDF2WithHmacSHA512").generateSecret(
                new javax.crypto.spec.PBEKeySpec("vidsynt-demo".toCharArray(), salt, 1000, 512)).getEncoded();
        String hash = "PBKDF2WithHmacSHA512:1000:" + Base64.getEncoder().encodeToString(salt) + ":"
                + Base64.getEncoder().encodeToString(key);
        PreparedStatement person = db.prepareStatement("INSERT INTO person (username, display_name, email, "
                + "preferred_language, password_hash, active, failed_sign_ins, created_at, version) "
                + "VALUES (?, ?, ?, 'nb', ?, TRUE, 0, NOW(6), 1)");
        for (int i = 1; i <= count; i++) {
            person.setString(1, prefix + i);
            person.setString(2, "Bench " + i);
            person.setString(3, prefix + i + "@bench.vidsynt.no");
            person.setString(4, hash);
            person.addBatch();
        }
        person.executeBatch();
        db.createStatement().executeUpdate("INSERT INTO person_role (person_id, role) SELECT id, 'LEARNER' FROM person "
                + "WHERE username LIKE '" + prefix + "%'");
    }

    static long createSession(URI base, String title, int seats, int day) throws Exception {
        LocalDateTime start = LocalDateTime.now(ZoneId.of("Europe/Oslo")).plusDays(7 + day).truncatedTo(ChronoUnit.HOURS);
        String json = "{\"kind\":\"WORKSHOP\",\"title\":\"" + title + "\",\"start\":\"" + start + "\",\"end\":\""
                + start.plusHours(2) + "\",\"place\":\"Bench\",\"capacity\":" + seats + ",\"offerMinutes\":60}";
        String basic = Base64.getEncoder().encodeToString("tor:vidsynt-demo".getBytes(StandardCharsets.UTF_8));
        HttpResponse<String> created = HTTP.send(HttpRequest.newBuilder(base.resolve("api/v1/sessions"))
                .header("Authorization", "Basic " + basic).header("Content-Type", "application/json")
                .POST(HttpRequest.BodyPublishers.ofString(json)).build(), HttpResponse.BodyHandlers.ofString());
        if (created.statusCode() != 201) {
            throw new IllegalStateException("Creating a session failed: " + created.body());
        }
        Matcher id = Pattern.compile("\"id\":(\\d+)").matcher(created.body());
        id.find();
        return Long.parseLong(id.group(1));
    }

    static String arg(String[] args, String name, String fallback) {
        for (int i = 0; i < args.length - 1; i++) {
            if (args[i].equals(name)) {
                return args[i + 1];
            }
        }
        if (fallback == null) {
            throw new IllegalArgumentException(name + " is required");
        }
        return fallback;
    }
}
