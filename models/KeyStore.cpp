#include "models/KeyStore.h"

#include "models/Database.h"

#include <QSqlQuery>
#include <QVariant>

using namespace Qt::StringLiterals;

namespace {

constexpr int MAX_NAME_LENGTH = 64;

const QString COLUMNS = u"id, name, is_primary, daily_limit, per_minute, used_today, usage_day, "
                        "health, limited_until, last_check, last_error, created_at"_s;

using Database::nullableLong;
using Database::optionalLong;

OtxKeyInfo readKey(const QSqlQuery &q)
{
    OtxKeyInfo k;
    k.id = q.value(0).toLongLong();
    k.name = q.value(1).toString();
    k.primary = q.value(2).toInt() != 0;
    k.dailyLimit = q.value(3).toInt();
    k.perMinute = q.value(4).toInt();
    k.usedToday = q.value(5).toInt();
    k.usageDay = q.value(6).toString();
    k.health = q.value(7).toString();
    k.limitedUntilMs = optionalLong(q.value(8));
    k.lastCheckMs = optionalLong(q.value(9));
    k.lastError = q.value(10).toString();
    k.createdAtMs = q.value(11).toLongLong();
    return k;
}

Error notFound(const QString &name)
{
    return Error{KeyStore::tr("There is no OTX key named \"%1\".").arg(name),
                 {},
                 u"keys.not_found"_s};
}

} // namespace

KeyStore::KeyStore(QSqlDatabase db)
    : m_db(std::move(db))
{
}

Result<QString> KeyStore::cleanName(const QString &name)
{
    const QString clean = name.trimmed();
    if (clean.isEmpty()) {
        return Error{tr("Give the key a name, such as \"work\" or \"team\"."), {}, u"keys.name"_s};
    }
    if (clean.size() > MAX_NAME_LENGTH) {
        return Error{tr("A key name has at most %1 characters.").arg(MAX_NAME_LENGTH),
                     {},
                     u"keys.name"_s};
    }
    for (const QChar c : clean) {
        if (c.category() == QChar::Other_Control) {
            return Error{tr("A key name cannot hold control characters."), {}, u"keys.name"_s};
        }
    }
    return clean;
}

Result<QList<OtxKeyInfo>> KeyStore::keys() const
{
    QSqlQuery q(m_db);
    if (!q.exec(u"SELECT %1 FROM otx_keys ORDER BY is_primary DESC, name"_s.arg(COLUMNS))) {
        return Database::queryError(q, QT_TRANSLATE_NOOP("Database", "reading the OTX keys"));
    }
    QList<OtxKeyInfo> out;
    while (q.next()) {
        out.append(readKey(q));
    }
    return out;
}

Result<OtxKeyInfo> KeyStore::key(const QString &name) const
{
    QSqlQuery q(m_db);
    q.prepare(u"SELECT %1 FROM otx_keys WHERE name = ?"_s.arg(COLUMNS));
    q.addBindValue(name);
    if (!q.exec()) {
        return Database::queryError(q, QT_TRANSLATE_NOOP("Database", "reading an OTX key"));
    }
    if (!q.next()) {
        return notFound(name);
    }
    return readKey(q);
}

Result<OtxKeyInfo> KeyStore::add(const QString &name, int dailyLimit, int perMinute, qint64 nowMs)
{
    const auto clean = cleanName(name);
    if (!clean) {
        return clean.error();
    }
    if (auto existing = key(clean.value()); existing) {
        return Error{tr("There is already an OTX key named \"%1\". Choose another name.")
                             .arg(clean.value()),
                     {},
                     u"keys.duplicate"_s};
    }
    if (auto begun = Database::beginWrite(m_db); !begun) {
        return begun.error();
    }
    QSqlQuery q(m_db);
    q.prepare(u"INSERT INTO otx_keys (name, is_primary, daily_limit, per_minute, created_at) "
              "SELECT ?, CASE WHEN EXISTS (SELECT 1 FROM otx_keys) THEN 0 ELSE 1 END, ?, ?, ?"_s);
    q.addBindValue(clean.value());
    q.addBindValue(qMax(1, dailyLimit));
    q.addBindValue(qMax(0, perMinute));
    q.addBindValue(nowMs);
    if (!q.exec()) {
        Database::rollback(m_db);
        return Database::queryError(q, QT_TRANSLATE_NOOP("Database", "adding an OTX key"));
    }
    q.finish();
    if (auto committed = Database::commit(m_db); !committed) {
        return committed.error();
    }
    return key(clean.value());
}

Result<void> KeyStore::remove(const QString &name)
{
    if (auto begun = Database::beginWrite(m_db); !begun) {
        return begun.error();
    }
    QSqlQuery q(m_db);
    q.prepare(u"DELETE FROM otx_keys WHERE name = ?"_s);
    q.addBindValue(name);
    if (auto one = expectOneRow(q, name, QT_TRANSLATE_NOOP("Database", "removing an OTX key"));
        !one) {
        Database::rollback(m_db);
        return one;
    }
    // The oldest remaining key takes over as primary when the primary went.
    if (!q.exec(u"UPDATE otx_keys SET is_primary = 1 WHERE id = (SELECT MIN(id) FROM otx_keys) "
                "AND NOT EXISTS (SELECT 1 FROM otx_keys WHERE is_primary = 1)"_s)) {
        Database::rollback(m_db);
        return Database::queryError(
                q,
                QT_TRANSLATE_NOOP("Database", "choosing a new primary OTX key"));
    }
    q.finish();
    return Database::commit(m_db);
}

Result<void> KeyStore::rename(const QString &from, const QString &to)
{
    const auto clean = cleanName(to);
    if (!clean) {
        return clean.error();
    }
    if (clean.value() == from) {
        return {};
    }
    if (auto existing = key(clean.value()); existing) {
        return Error{tr("There is already an OTX key named \"%1\". Choose another name.")
                             .arg(clean.value()),
                     {},
                     u"keys.duplicate"_s};
    }
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE otx_keys SET name = ? WHERE name = ?"_s);
    q.addBindValue(clean.value());
    q.addBindValue(from);
    return expectOneRow(q, from, QT_TRANSLATE_NOOP("Database", "renaming an OTX key"));
}

Result<void> KeyStore::setPrimary(const QString &name)
{
    if (auto existing = key(name); !existing) {
        return existing.error();
    }
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE otx_keys SET is_primary = CASE WHEN name = ? THEN 1 ELSE 0 END"_s);
    q.addBindValue(name);
    if (!q.exec()) {
        return Database::queryError(q,
                                    QT_TRANSLATE_NOOP("Database", "choosing the primary OTX key"));
    }
    return {};
}

Result<void> KeyStore::setLimits(const QString &name, int dailyLimit, int perMinute)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE otx_keys SET daily_limit = ?, per_minute = ? WHERE name = ?"_s);
    q.addBindValue(qMax(1, dailyLimit));
    q.addBindValue(qMax(0, perMinute));
    q.addBindValue(name);
    return expectOneRow(q, name, QT_TRANSLATE_NOOP("Database", "changing an OTX key's limits"));
}

Result<int> KeyStore::recordUse(const QString &name, const QString &day, int count)
{
    QSqlQuery q(m_db);
    // Days only move forward: a desktop whose day is behind the stored one (another zone, a
    // late clock) counts against the stored day instead of starting it again.
    q.prepare(u"UPDATE otx_keys SET "
              "used_today = CASE WHEN usage_day IS NULL OR usage_day < ? THEN ? "
              "ELSE used_today + ? END, "
              "usage_day = CASE WHEN usage_day IS NULL OR usage_day < ? THEN ? ELSE usage_day END "
              "WHERE name = ? RETURNING used_today"_s);
    q.addBindValue(day);
    q.addBindValue(count);
    q.addBindValue(count);
    q.addBindValue(day);
    q.addBindValue(day);
    q.addBindValue(name);
    if (!q.exec()) {
        return Database::queryError(
                q,
                QT_TRANSLATE_NOOP("Database", "counting a request on an OTX key"));
    }
    if (!q.next()) {
        return notFound(name);
    }
    return q.value(0).toInt();
}

Result<std::optional<int>> KeyStore::reserveUse(const QString &name, const QString &day)
{
    QSqlQuery q(m_db);
    // As recordUse, days only move forward, so desktops in different zones share one budget.
    q.prepare(u"UPDATE otx_keys SET "
              "used_today = CASE WHEN usage_day IS NULL OR usage_day < ? THEN 1 "
              "ELSE used_today + 1 END, "
              "usage_day = CASE WHEN usage_day IS NULL OR usage_day < ? THEN ? ELSE usage_day END "
              "WHERE name = ? AND daily_limit > 0 "
              "AND (usage_day IS NULL OR usage_day < ? OR used_today < daily_limit) "
              "RETURNING used_today"_s);
    q.addBindValue(day);
    q.addBindValue(day);
    q.addBindValue(day);
    q.addBindValue(name);
    q.addBindValue(day);
    if (!q.exec()) {
        return Database::queryError(
                q,
                QT_TRANSLATE_NOOP("Database", "counting a request on an OTX key"));
    }
    if (!q.next()) {
        return std::optional<int>();
    }
    return std::optional<int>(q.value(0).toInt());
}

Result<int> KeyStore::resetUsage(const QString &day)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE otx_keys SET used_today = 0, usage_day = ? "
              "WHERE usage_day IS NULL OR usage_day < ?"_s);
    q.addBindValue(day);
    q.addBindValue(day);
    if (!q.exec()) {
        return Database::queryError(
                q,
                QT_TRANSLATE_NOOP("Database", "resetting the OTX keys' daily usage"));
    }
    return q.numRowsAffected();
}

Result<void> KeyStore::setHealth(const QString &name,
                                 const QString &health,
                                 std::optional<qint64> limitedUntilMs,
                                 const QString &lastError,
                                 qint64 checkedAtMs)
{
    QSqlQuery q(m_db);
    q.prepare(u"UPDATE otx_keys SET health = ?, limited_until = ?, last_error = ?, "
              "last_check = ? WHERE name = ?"_s);
    q.addBindValue(health);
    q.addBindValue(nullableLong(limitedUntilMs));
    q.addBindValue(lastError.isEmpty() ? QVariant(QMetaType(QMetaType::QString))
                                       : QVariant(lastError));
    q.addBindValue(checkedAtMs);
    q.addBindValue(name);
    return expectOneRow(q, name, QT_TRANSLATE_NOOP("Database", "recording an OTX key's health"));
}

Result<void> KeyStore::expectOneRow(QSqlQuery &q, const QString &name, const char *what)
{
    if (!q.exec()) {
        return Database::queryError(q, what);
    }
    if (q.numRowsAffected() == 0) {
        return notFound(name);
    }
    return {};
}
