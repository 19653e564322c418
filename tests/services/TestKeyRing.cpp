#include "models/Database.h"
#include "models/KeyStore.h"
#include "services/KeyRing.h"
#include "services/SecretStore.h"
#include "tests/support/Fixtures.h"

#include <QJsonArray>
#include <QTemporaryDir>
#include <QTest>

#include <deque>

using namespace Qt::StringLiterals;

namespace {

KeyRing::Key key(const QString &name, bool primary, int dailyLimit = 9000, int perMinute = 0)
{
    KeyRing::Key k;
    k.info.name = name;
    k.info.primary = primary;
    k.info.dailyLimit = dailyLimit;
    k.info.perMinute = perMinute;
    k.secret = u"secret-of-"_s + name; // placeholders, not real keys
    return k;
}

KeyRingOptions utcOptions()
{
    KeyRingOptions o;
    o.zone = QTimeZone::utc();
    return o;
}

} // namespace

// Choosing keys within their limits, and what 429 and 403 do to a key (field case F05).
class TestKeyRing : public QObject
{
    Q_OBJECT

private slots:
    void followsFieldCaseF05();
    void primaryFirstThenMostBudget();
    void perMinuteLimitIsNeverExceeded();
    void dailyBudgetEndsAtMidnightInTheZone();
    void inFlightBound();
    void stateSurvivesInTheStore();
    void keysWithoutSecretsAreNotUsed();
    void lateAnswersDoNotUndoARestOrARefusal();
    void aLockedKeychainIsAskedOnce();
};

void TestKeyRing::followsFieldCaseF05()
{
    OTXDESK_REQUIRE_FIXTURES();
    const QJsonObject f05 = Fixtures::fieldCase(u"F05-rate-limit-key-rotation.json"_s);
    QVERIFY2(!f05.isEmpty(), "field case F05 is missing");
    const QJsonObject setup = f05[u"setup"_s].toObject();
    QList<KeyRing::Key> keys;
    for (const QJsonValue &name : setup[u"keys"_s].toArray()) {
        keys.append(key(name.toString(), keys.isEmpty())); // the first listed is the primary
    }
    KeyRingOptions options = utcOptions();
    options.cooldownMs = setup[u"default_cooldown_when_no_retry_after_s"_s].toInt() * 1000LL;
    KeyRing ring(keys, options, nullptr);

    // Replay: at each step the ring must pick the key the case names, at the time it names.
    const qint64 t0 =
            QDateTime(QDate(2026, 12, 4), QTime(12, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    qint64 now = t0;
    const QJsonArray steps = f05[u"response_sequence"_s].toArray();
    for (const QJsonValue &v : steps) {
        const QJsonObject step = v.toObject();
        const qint64 at = t0 + step[u"t"_s].toInt() * 1000LL;
        KeyChoice choice = ring.choose(now);
        if (at > now) {
            // The ring must ask to wait exactly until the step's time, not use a key earlier.
            QCOMPARE(choice.kind, KeyChoice::Kind::Wait);
            QCOMPARE(choice.untilMs, at);
            now = at;
            choice = ring.choose(now);
        }
        QCOMPARE(choice.kind, KeyChoice::Kind::Use);
        QCOMPARE(choice.name, step[u"key"_s].toString());
        QCOMPARE(choice.secret, u"secret-of-"_s + choice.name);
        ring.sent(choice.name, now);
        const int status = step[u"status"_s].toInt();
        const QJsonObject headers = step[u"headers"_s].toObject();
        std::optional<int> retryAfter;
        if (headers.contains(u"Retry-After"_s)) {
            retryAfter = headers[u"Retry-After"_s].toString().toInt();
        }
        ring.answered(choice.name,
                      status == 429   ? KeyOutcome::Throttled
                      : status == 403 ? KeyOutcome::Refused
                                      : KeyOutcome::Answered,
                      now,
                      retryAfter);
    }
    QCOMPARE(qsizetype(steps.size()),
             qsizetype(f05[u"expected"_s][u"total_http_requests"_s].toInt()));

    // Afterwards: A rests until t=60 s, B is usable, C is refused for good.
    const auto &after = ring.keys();
    QCOMPARE(after[0].info.health, OtxKeyHealth::Limited);
    QCOMPARE(after[0].info.limitedUntilMs.value(),
             t0 + setup[u"default_cooldown_when_no_retry_after_s"_s].toInt() * 1000LL);
    QCOMPARE(after[1].info.health, OtxKeyHealth::Ok);
    QCOMPARE(after[2].info.health, OtxKeyHealth::Invalid);
    // Before t=60 s only B is chosen (never A, never C); from t=60 s the primary A again.
    for (qint64 t = now; t < t0 + 60000; t += 5000) {
        const KeyChoice c = ring.choose(t);
        QCOMPARE(c.kind, KeyChoice::Kind::Use);
        QCOMPARE(c.name, u"KEY_B"_s);
    }
    QCOMPARE(ring.choose(t0 + 60000).name, u"KEY_A"_s);

    // The analyst was told, and no notice carries a secret.
    const QStringList notices = ring.takeNotices();
    QCOMPARE(notices.size(), 3); // A limited, C refused, B limited
    QVERIFY(notices[1].contains(u"KEY_C"_s) && notices[1].contains(u"403"_s));
    for (const QString &n : notices) {
        QVERIFY2(!n.contains(u"secret-of"_s), qPrintable(n));
    }
    QVERIFY(ring.takeNotices().isEmpty());
}

void TestKeyRing::primaryFirstThenMostBudget()
{
    const qint64 now = 1'000'000;
    QList<KeyRing::Key> keys = {key(u"a"_s, false, 100),
                                key(u"p"_s, true, 10),
                                key(u"b"_s, false, 50)};
    KeyRing ring(keys, utcOptions(), nullptr);
    // The primary while it has budget: its 10 requests.
    for (int i = 0; i < 10; ++i) {
        const KeyChoice c = ring.choose(now + i);
        QCOMPARE(c.name, u"p"_s);
        ring.sent(c.name, now + i);
        ring.answered(c.name, KeyOutcome::Answered, now + i);
    }
    // Then, each time, the key with the most budget left.
    QHash<QString, int> used;
    const QString day = ring.dayOf(now);
    for (int i = 0; i < 100; ++i) {
        const KeyChoice c = ring.choose(now + 100 + i);
        QCOMPARE(c.kind, KeyChoice::Kind::Use);
        int most = 0;
        int chosen = -1;
        for (const auto &k : ring.keys()) {
            most = std::max(most, k.info.remainingOn(day));
            if (k.info.name == c.name) {
                chosen = k.info.remainingOn(day);
            }
        }
        QCOMPARE(chosen, most);
        ++used[c.name];
        ring.sent(c.name, now + 100 + i);
        ring.answered(c.name, KeyOutcome::Answered, now + 100 + i);
    }
    // "a" alone until it is down to b's 50, then both: 75 and 25.
    QCOMPARE(used.value(u"a"_s), 75);
    QCOMPARE(used.value(u"b"_s), 25);
    QCOMPARE(used.value(u"p"_s), 0);
    QCOMPARE(ring.remainingToday(now), 150 - 100);
}

void TestKeyRing::perMinuteLimitIsNeverExceeded()
{
    constexpr int PER_MINUTE = 600;
    constexpr qint64 RUN_MS = 5 * 60000;
    QList<KeyRing::Key> keys = {key(u"k"_s, true, 1'000'000, PER_MINUTE)};
    KeyRing ring(keys, utcOptions(), nullptr);
    const qint64 start = 1'700'000'000'000;
    qint64 now = start;
    std::deque<qint64> sends;
    int maxInMinute = 0;
    int total = 0;
    while (now < start + RUN_MS) {
        const KeyChoice c = ring.choose(now);
        if (c.kind == KeyChoice::Kind::Wait) {
            QVERIFY(c.untilMs > now);
            now = c.untilMs;
            continue;
        }
        QCOMPARE(c.kind, KeyChoice::Kind::Use);
        ring.sent(c.name, now);
        ring.answered(c.name, KeyOutcome::Answered, now);
        ++total;
        // Independently: requests within the 60 s before and including this one.
        sends.push_back(now);
        while (sends.front() <= now - 60000) {
            sends.pop_front();
        }
        maxInMinute = std::max(maxInMinute, int(sends.size()));
    }
    QVERIFY2(maxInMinute <= PER_MINUTE, qPrintable(QString::number(maxInMinute)));
    // At least 95% of the configured rate over the run.
    const double perMinuteAchieved = total / (RUN_MS / 60000.0);
    QVERIFY2(perMinuteAchieved >= 0.95 * PER_MINUTE,
             qPrintable(QString::number(perMinuteAchieved)));
}

void TestKeyRing::dailyBudgetEndsAtMidnightInTheZone()
{
    KeyRingOptions options;
    options.zone = QTimeZone("America/Sao_Paulo"); // UTC-3 all year since 2019
    QVERIFY(options.zone.isValid());
    KeyRing ring({key(u"k"_s, true, 3)}, options, nullptr);
    // 23:00 local on 4 December is 02:00 UTC on 5 December.
    const qint64 late =
            QDateTime(QDate(2026, 12, 5), QTime(2, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    QCOMPARE(ring.dayOf(late), u"2026-12-04"_s);
    for (int i = 0; i < 3; ++i) {
        const KeyChoice c = ring.choose(late + i);
        QCOMPARE(c.kind, KeyChoice::Kind::Use);
        ring.sent(c.name, late + i);
        ring.answered(c.name, KeyOutcome::Answered, late + i);
    }
    const KeyChoice spent = ring.choose(late + 10);
    QCOMPARE(spent.kind, KeyChoice::Kind::Exhausted);
    QVERIFY(spent.reason.contains(u"daily budget"_s));
    // 23:59:59 local: still spent. Midnight local (03:00 UTC): a new budget.
    const qint64 midnight =
            QDateTime(QDate(2026, 12, 5), QTime(3, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    QCOMPARE(ring.choose(midnight - 1000).kind, KeyChoice::Kind::Exhausted);
    QCOMPARE(ring.choose(midnight).kind, KeyChoice::Kind::Use);
    QCOMPARE(ring.remainingToday(midnight), 3);
}

void TestKeyRing::inFlightBound()
{
    KeyRingOptions options = utcOptions();
    options.maxInFlightPerKey = 2;
    KeyRing ring({key(u"k"_s, true)}, options, nullptr);
    const qint64 now = 5'000'000;
    ring.sent(ring.choose(now).name, now);
    ring.sent(ring.choose(now).name, now);
    const KeyChoice full = ring.choose(now);
    QCOMPARE(full.kind, KeyChoice::Kind::Wait);
    QCOMPARE(full.untilMs, 0); // until a reply arrives
    ring.answered(u"k"_s, KeyOutcome::NoAnswer, now);
    QCOMPARE(ring.choose(now).kind, KeyChoice::Kind::Use);
}

void TestKeyRing::stateSurvivesInTheStore()
{
    QTemporaryDir dir;
    DatabaseConfig config;
    config.sqlitePath = dir.filePath(u"ring.sqlite"_s);
    ScopedConnection c(config, u"ring"_s, true);
    QVERIFY(c.ok());
    KeyStore store(c.db());
    QVERIFY(store.add(u"main"_s, 100, 0, 0));
    QVERIFY(store.add(u"other"_s, 100, 0, 0));
    MemorySecretStore secrets;
    QVERIFY(secrets.write(SecretKeys::otxKey(u"main"_s), u"placeholder-main"_s));
    QVERIFY(secrets.write(SecretKeys::otxKey(u"other"_s), u"placeholder-other"_s));

    const qint64 now =
            QDateTime(QDate(2026, 12, 4), QTime(10, 0), QTimeZone::utc()).toMSecsSinceEpoch();
    {
        auto ring = KeyRing::load(store, secrets, utcOptions());
        QVERIFY2(ring, qPrintable(ring.error().text()));
        for (int i = 0; i < 3; ++i) {
            const KeyChoice choice = ring->choose(now);
            QCOMPARE(choice.name, u"main"_s);
            QCOMPARE(choice.secret, u"placeholder-main"_s);
            ring->sent(choice.name, now);
            ring->answered(choice.name, i < 2 ? KeyOutcome::Answered : KeyOutcome::Refused, now);
        }
    }
    // Usage and the refusal were written as they happened.
    const OtxKeyInfo main = store.key(u"main"_s).value();
    QCOMPARE(main.usedOn(u"2026-12-04"_s), 3);
    QCOMPARE(main.health, OtxKeyHealth::Invalid);
    QVERIFY(!main.lastError.contains(u"placeholder"_s));
    // A new job's ring never uses the refused key.
    auto again = KeyRing::load(store, secrets, utcOptions());
    QVERIFY(again);
    QCOMPARE(again->choose(now + 1000).name, u"other"_s);
    QCOMPARE(again->remainingToday(now), 100);
}

void TestKeyRing::keysWithoutSecretsAreNotUsed()
{
    QTemporaryDir dir;
    DatabaseConfig config;
    config.sqlitePath = dir.filePath(u"ring.sqlite"_s);
    ScopedConnection c(config, u"ring"_s, true);
    QVERIFY(c.ok());
    KeyStore store(c.db());
    QVERIFY(store.add(u"lost"_s, 100, 0, 0));
    MemorySecretStore secrets; // holds nothing
    auto ring = KeyRing::load(store, secrets, utcOptions());
    QVERIFY(ring);
    const KeyChoice c1 = ring->choose(1000);
    QCOMPARE(c1.kind, KeyChoice::Kind::Exhausted);
    QVERIFY(c1.reason.contains(u"keychain"_s));

    KeyRing none({}, utcOptions(), nullptr);
    QVERIFY(none.choose(1000).reason.contains(u"Add one"_s));

    KeyRing fromEnv = KeyRing::fromSecrets({u" one "_s, u""_s, u"two"_s}, utcOptions());
    QCOMPARE(fromEnv.keys().size(), 2);
    QCOMPARE(fromEnv.keys()[0].info.name, u"env-1"_s);
    QCOMPARE(fromEnv.choose(1000).secret, u"one"_s);
}

void TestKeyRing::lateAnswersDoNotUndoARestOrARefusal()
{
    KeyRingOptions options = utcOptions();
    options.cooldownMs = 60000;
    KeyRing ring({key(u"a"_s, true), key(u"b"_s, false)}, options, nullptr);
    const qint64 t = 1'000'000;
    // Two requests in flight on each key; one of each meets a 429 / 403, the other a 200.
    for (const QString &name : {u"a"_s, u"a"_s, u"b"_s, u"b"_s}) {
        ring.sent(name, t);
    }
    ring.answered(u"a"_s, KeyOutcome::Throttled, t + 10);
    ring.answered(u"a"_s, KeyOutcome::Answered, t + 20);
    ring.answered(u"b"_s, KeyOutcome::Refused, t + 10);
    ring.answered(u"b"_s, KeyOutcome::Answered, t + 20);
    QCOMPARE(ring.keys()[0].info.health, OtxKeyHealth::Limited);
    QCOMPARE(ring.keys()[1].info.health, OtxKeyHealth::Invalid);
    QCOMPARE(ring.choose(t + 30).kind, KeyChoice::Kind::Wait); // a rests, b is refused
    // Once the rest is over, a works again.
    QCOMPARE(ring.choose(t + 10 + 60000).name, u"a"_s);
    ring.sent(u"a"_s, t + 10 + 60000);
    ring.answered(u"a"_s, KeyOutcome::Answered, t + 10 + 60001);
    QCOMPARE(ring.keys()[0].info.health, OtxKeyHealth::Ok);
    QCOMPARE(ring.keys()[1].info.health, OtxKeyHealth::Invalid);
}

namespace {

/// A keychain that is locked and stays locked: every read is refused as unavailable, and
/// counted (each would be an unlock prompt).
class LockedKeychain : public SecretStore
{
public:
    int reads = 0;
    Result<QString> read(const QString &) override
    {
        ++reads;
        return Error{u"The keychain is locked."_s, {}, SecretError::Unavailable};
    }
    Result<void> write(const QString &, const QString &) override { return {}; }
    Result<void> remove(const QString &) override { return {}; }
    QString description() const override { return u"a locked keychain"_s; }
};

} // namespace

void TestKeyRing::aLockedKeychainIsAskedOnce()
{
    QTemporaryDir dir;
    DatabaseConfig config;
    config.sqlitePath = dir.filePath(u"ring.sqlite"_s);
    ScopedConnection c(config, u"ring"_s, true);
    QVERIFY(c.ok());
    KeyStore store(c.db());
    for (const QString &name : {u"a"_s, u"b"_s, u"c"_s}) {
        QVERIFY(store.add(name, 100, 0, 0));
    }
    LockedKeychain keychain;
    auto ring = KeyRing::load(store, keychain, utcOptions());
    QVERIFY(ring);
    QCOMPARE(keychain.reads, 1);
    const KeyChoice choice = ring->choose(1000);
    QCOMPARE(choice.kind, KeyChoice::Kind::Exhausted);
    QVERIFY(choice.reason.contains(u"keychain"_s));
}

QTEST_GUILESS_MAIN(TestKeyRing)
#include "TestKeyRing.moc"
