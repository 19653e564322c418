#pragma once

#include "models/Result.h"

#include <QCoreApplication>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

class QSqlQuery;

/// How an OTX key stands, as the last request or test left it.
namespace OtxKeyHealth {
inline const QString Ok = QStringLiteral("ok");
inline const QString Limited = QStringLiteral("limited"); ///< rate limited until limitedUntilMs
inline const QString Invalid = QStringLiteral("invalid"); ///< refused (403): unused until tested
inline const QString Unknown = QStringLiteral("unknown"); ///< never used or tested
} // namespace OtxKeyHealth

/// One OTX key's metadata (an otx_keys row). The secret itself lives in the keychain.
struct OtxKeyInfo
{
    static constexpr int DEFAULT_DAILY_LIMIT = 9000; ///< about what OTX allows a key per day
    static constexpr int DEFAULT_PER_MINUTE = 120;

    qint64 id = 0;
    QString name;
    bool primary = false;
    int dailyLimit = DEFAULT_DAILY_LIMIT;
    int perMinute = DEFAULT_PER_MINUTE; ///< 0: no per-minute limit
    int usedToday = 0;                  ///< requests counted on usageDay
    QString usageDay;                   ///< ISO date in the scheduler's time zone
    QString health = OtxKeyHealth::Unknown;
    std::optional<qint64> limitedUntilMs;
    std::optional<qint64> lastCheckMs;
    QString lastError;
    qint64 createdAtMs = 0;

    /// Requests made on `day` (zero when the count belongs to an earlier day).
    int usedOn(const QString &day) const { return usageDay == day ? usedToday : 0; }
    int remainingOn(const QString &day) const { return qMax(0, dailyLimit - usedOn(day)); }
};

/// The otx_keys table on one open connection: names, primary flag, limits, usage and health.
/// Usage is counted per request with an atomic update, so two jobs (or two desktops on one
/// Postgres) never lose a count, and a crash loses none either.
class KeyStore
{
    Q_DECLARE_TR_FUNCTIONS(KeyStore)

public:
    explicit KeyStore(QSqlDatabase db);

    /// Checks a key name: 1 to 64 characters, no control characters, not only spaces.
    static Result<QString> cleanName(const QString &name);

    /// All keys, the primary first, then by name.
    Result<QList<OtxKeyInfo>> keys() const;
    /// The key of that name; an Error with code "keys.not_found" when there is none.
    Result<OtxKeyInfo> key(const QString &name) const;

    /// Adds a key; the first key becomes the primary. Code "keys.duplicate" when the name
    /// is taken.
    Result<OtxKeyInfo> add(const QString &name, int dailyLimit, int perMinute, qint64 nowMs);
    /// Removes a key; when it was the primary, the oldest remaining key becomes the primary.
    Result<void> remove(const QString &name);
    Result<void> rename(const QString &from, const QString &to);
    Result<void> setPrimary(const QString &name);
    Result<void> setLimits(const QString &name, int dailyLimit, int perMinute);

    /// Counts `count` requests made with the key on `day` and returns the day's total. Days
    /// only move forward: a `day` before the stored one counts against the stored day.
    Result<int> recordUse(const QString &name, const QString &day, int count = 1);
    /// Counts one request about to be made with the key on `day`, unless the key has spent its
    /// daily limit: then nothing is counted and the answer is empty. One atomic statement, so
    /// jobs and desktops sharing the key never take more than its limit between them.
    Result<std::optional<int>> reserveUse(const QString &name, const QString &day);
    /// Sets every key's count to zero for `day` (the midnight reset); returns how many keys
    /// had a count from an earlier day.
    Result<int> resetUsage(const QString &day);
    /// Records how the key answered: health, until when it is limited, the error.
    Result<void> setHealth(const QString &name,
                           const QString &health,
                           std::optional<qint64> limitedUntilMs,
                           const QString &lastError,
                           qint64 checkedAtMs);

private:
    Result<void> expectOneRow(QSqlQuery &q, const QString &name, const char *what);

    QSqlDatabase m_db;
};
