#pragma once

#include "models/DatabaseConfig.h"
#include "models/KeyStore.h"
#include "models/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QTimeZone>

#include <deque>
#include <optional>

class SecretStore;

namespace SecretKeys {
/// The keychain entry of the OTX key named `name` in the key ring.
QString otxKey(const QString &name);
} // namespace SecretKeys

struct KeyRingOptions
{
    /// How long a key rests after a 429 that gave no Retry-After.
    qint64 cooldownMs = 60000;
    /// Requests one key may have waiting for an answer at once.
    int maxInFlightPerKey = 4;
    /// The per-minute limit is kept over this window: a minute plus a margin, so that requests
    /// that reach the server a little late or early never make 61 in its minute.
    qint64 windowMs = 61000;
    /// Days (for daily limits) begin at midnight in this zone.
    QTimeZone zone = QTimeZone::systemTimeZone();
};

/// What the ring answers when a job asks for a key.
struct KeyChoice
{
    enum class Kind
    {
        Use,       ///< send now with `name` / `secret`
        Wait,      ///< no key may send now; ask again at `untilMs` (or when a reply arrives)
        Exhausted, ///< no key can send today: stop, say `reason`, resume later
    };

    Kind kind = Kind::Exhausted;
    QString name;
    QString secret;
    qint64 untilMs = 0;
    QString reason;
};

/// How a request sent with a key ended, as far as the key is concerned.
enum class KeyOutcome
{
    Answered,  ///< any answer that says the key is fine (2xx, 404, ...)
    Throttled, ///< 429: the key rests until Retry-After, or for the cool-down
    Refused,   ///< 403: the key is invalid and is not used again until tested
    NoAnswer,  ///< network failure: says nothing about the key
};

/// The OTX keys of one job: which key sends the next request, within each key's per-minute and
/// daily limits and in-flight bound, and what each answer teaches about the key. The primary
/// key is used while it has budget, then the key with the most budget left. Usage and health
/// are written through the KeyStore as they happen, so a crash loses no count and a key
/// refused in one job stays refused for the next.
///
/// Not thread-safe: one job thread owns it. Times are milliseconds since the epoch, given by
/// the caller, so tests step a clock instead of sleeping.
class KeyRing
{
    Q_DECLARE_TR_FUNCTIONS(KeyRing)

public:
    struct Key
    {
        OtxKeyInfo info;
        QString secret;          ///< empty when the keychain has none: the key is not used
        std::deque<qint64> sent; ///< send times within the window
        int inFlight = 0;
    };

    /// `store` may be null (keys from the environment): nothing is then persisted.
    KeyRing(QList<Key> keys, KeyRingOptions options, KeyStore *store);

    /// Reads the keys from the store and their secrets from `secrets` (blocking: call it on
    /// the job's thread). A key whose secret cannot be read stays listed but unused, with the
    /// reason in its lastError.
    static Result<KeyRing> load(KeyStore &store, SecretStore &secrets, KeyRingOptions options);
    /// Keys given for one run (OTXDESK_OTX_KEY, comma-separated), named "<prefix>-1",
    /// "<prefix>-2", ... with default limits; nothing is persisted.
    static KeyRing fromSecrets(const QStringList &secrets,
                               KeyRingOptions options,
                               const QString &prefix = QStringLiteral("env"));

    /// For a job that keeps one key throughout (a sync): the ring's choice at `nowMs`, read
    /// from the store and the keychain (blocking: call it on a job thread). An Error with code
    /// "keys.empty" when the ring has no key.
    static Result<KeyChoice> chooseFor(const DatabaseConfig &database,
                                       SecretStore &secrets,
                                       qint64 nowMs);
    /// Counts `requests` made with the key `name` on the day of `nowMs`.
    static void countUse(const DatabaseConfig &database,
                         const QString &name,
                         int requests,
                         qint64 nowMs);

    /// The midnight reset: every key's count starts from zero for the day of `nowMs`. Returns
    /// how many keys had a count from an earlier day.
    static Result<int> resetUsage(const DatabaseConfig &database,
                                  qint64 nowMs,
                                  const QTimeZone &zone);

    KeyChoice choose(qint64 nowMs);
    /// The request is about to be sent with `name`: counts it against the key's limits and in
    /// the store. False when the store says the key's daily budget is spent (another job or
    /// desktop took the rest): then do not send; the next choice avoids the key.
    bool sent(const QString &name, qint64 nowMs);
    /// The answer to a request sent with `name`. `retryAfterSeconds` is the 429's header.
    void answered(const QString &name,
                  KeyOutcome outcome,
                  qint64 nowMs,
                  std::optional<int> retryAfterSeconds = std::nullopt);

    /// Sentences for the analyst about keys that changed state (refused, limited), oldest
    /// first; taking them empties the list.
    QStringList takeNotices();

    const QList<Key> &keys() const { return m_keys; }
    /// The ISO date of `nowMs` in the ring's zone: the day usage counts towards.
    QString dayOf(qint64 nowMs) const;
    /// Requests all usable keys may still send on the day of `nowMs`.
    int remainingToday(qint64 nowMs) const;

private:
    Key *find(const QString &name);
    bool usable(const Key &key, const QString &day) const;
    /// When `key` may next send, ignoring in-flight requests; nullopt when never today.
    std::optional<qint64> nextSendMs(Key &key, qint64 nowMs, const QString &day);
    void persistHealth(Key &key, qint64 nowMs);

    QList<Key> m_keys;
    KeyRingOptions m_options;
    KeyStore *m_store = nullptr;
    QStringList m_notices;
};
