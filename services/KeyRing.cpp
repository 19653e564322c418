#include "services/KeyRing.h"

#include "models/Database.h"
#include "services/Logging.h"
#include "services/SecretStore.h"

#include <QDateTime>

#include <algorithm>

using namespace Qt::StringLiterals;

namespace SecretKeys {

QString otxKey(const QString &name)
{
    return u"otx-key:"_s + name;
}

} // namespace SecretKeys

KeyRing::KeyRing(QList<Key> keys, KeyRingOptions options, KeyStore *store)
    : m_keys(std::move(keys))
    , m_options(std::move(options))
    , m_store(store)
{
}

Result<KeyRing> KeyRing::load(KeyStore &store, SecretStore &secrets, KeyRingOptions options)
{
    const auto infos = store.keys();
    if (!infos) {
        return infos.error();
    }
    QList<Key> keys;
    // A locked keychain asks to be unlocked on a read: once it said no (or is unreachable),
    // the other keys are not read, so the analyst sees one prompt at most.
    std::optional<Error> unavailable;
    for (const OtxKeyInfo &info : infos.value()) {
        Key key;
        key.info = info;
        if (unavailable) {
            key.info.lastError = unavailable->message;
            keys.append(std::move(key));
            continue;
        }
        if (auto secret = secrets.read(SecretKeys::otxKey(info.name)); secret) {
            key.secret = secret.value();
        } else {
            key.info.lastError = secret.error().message;
            if (secret.error().code == SecretError::Unavailable) {
                unavailable = secret.error();
            }
            qCWarning(lcKeys) << "An OTX key has no readable secret and is not used."
                              << "key:" << info.name << "reason:" << secret.error().text();
        }
        keys.append(std::move(key));
    }
    return KeyRing(std::move(keys), std::move(options), &store);
}

KeyRing KeyRing::fromSecrets(const QStringList &secrets,
                             KeyRingOptions options,
                             const QString &prefix)
{
    QList<Key> keys;
    for (const QString &secret : secrets) {
        if (secret.trimmed().isEmpty()) {
            continue;
        }
        Key key;
        key.info.name = u"%1-%2"_s.arg(prefix).arg(keys.size() + 1);
        key.info.primary = keys.isEmpty();
        key.info.health = OtxKeyHealth::Unknown;
        key.secret = secret.trimmed();
        keys.append(std::move(key));
    }
    return KeyRing(std::move(keys), std::move(options), nullptr);
}

Result<KeyChoice> KeyRing::chooseFor(const DatabaseConfig &database,
                                     SecretStore &secrets,
                                     qint64 nowMs)
{
    ScopedConnection connection(database, Database::uniqueConnectionName(u"key-choice"_s));
    if (!connection.ok()) {
        return connection.error();
    }
    KeyStore store(connection.db());
    const auto listed = store.keys();
    if (!listed) {
        return listed.error();
    }
    if (listed->isEmpty()) {
        return Error{tr("There is no OTX key in the key ring."), {}, u"keys.empty"_s};
    }
    auto ring = load(store, secrets, KeyRingOptions{});
    if (!ring) {
        return ring.error();
    }
    return ring->choose(nowMs);
}

void KeyRing::countUse(const DatabaseConfig &database,
                       const QString &name,
                       int requests,
                       qint64 nowMs)
{
    if (requests <= 0) {
        return;
    }
    ScopedConnection connection(database, Database::uniqueConnectionName(u"key-use"_s));
    if (!connection.ok()) {
        return;
    }
    const QString day = KeyRing({}, KeyRingOptions{}, nullptr).dayOf(nowMs);
    if (auto used = KeyStore(connection.db()).recordUse(name, day, requests); !used) {
        qCWarning(lcKeys) << "Could not count a job's requests on an OTX key."
                          << "key:" << name << "reason:" << used.error().text();
    }
}

Result<int> KeyRing::resetUsage(const DatabaseConfig &database, qint64 nowMs, const QTimeZone &zone)
{
    ScopedConnection connection(database, Database::uniqueConnectionName(u"key-reset"_s));
    if (!connection.ok()) {
        return connection.error();
    }
    KeyRingOptions options;
    options.zone = zone;
    return KeyStore(connection.db()).resetUsage(KeyRing({}, options, nullptr).dayOf(nowMs));
}

QString KeyRing::dayOf(qint64 nowMs) const
{
    return QDateTime::fromMSecsSinceEpoch(nowMs, m_options.zone).date().toString(Qt::ISODate);
}

int KeyRing::remainingToday(qint64 nowMs) const
{
    const QString day = dayOf(nowMs);
    int total = 0;
    for (const Key &key : m_keys) {
        if (usable(key, day)) {
            total += key.info.remainingOn(day);
        }
    }
    return total;
}

bool KeyRing::usable(const Key &key, const QString &day) const
{
    return !key.secret.isEmpty() && key.info.health != OtxKeyHealth::Invalid
           && key.info.remainingOn(day) > 0;
}

std::optional<qint64> KeyRing::nextSendMs(Key &key, qint64 nowMs, const QString &day)
{
    if (!usable(key, day)) {
        return std::nullopt;
    }
    qint64 at = nowMs;
    if (key.info.limitedUntilMs && *key.info.limitedUntilMs > at) {
        at = *key.info.limitedUntilMs;
    }
    while (!key.sent.empty() && key.sent.front() <= nowMs - m_options.windowMs) {
        key.sent.pop_front();
    }
    if (const int perMinute = key.info.perMinute; perMinute > 0 && !key.sent.empty()) {
        if (static_cast<int>(key.sent.size()) >= perMinute) {
            // A slot frees when the oldest request in the window leaves it.
            at = std::max(at, key.sent[key.sent.size() - perMinute] + m_options.windowMs);
        }
        // Evenly spaced rather than in bursts: kinder to the server, same rate.
        at = std::max(at, key.sent.back() + 60000 / perMinute);
    }
    return at;
}

KeyChoice KeyRing::choose(qint64 nowMs)
{
    const QString day = dayOf(nowMs);
    Key *best = nullptr;
    std::optional<qint64> earliest;
    bool waitingForReplies = false;
    for (Key &key : m_keys) {
        const std::optional<qint64> next = nextSendMs(key, nowMs, day);
        if (!next) {
            continue;
        }
        if (*next > nowMs) {
            earliest = std::min(earliest.value_or(*next), *next);
            continue;
        }
        if (key.inFlight >= m_options.maxInFlightPerKey) {
            waitingForReplies = true;
            continue;
        }
        if (key.info.primary) {
            best = &key;
            break;
        }
        if (!best || key.info.remainingOn(day) > best->info.remainingOn(day)) {
            best = &key;
        }
    }
    KeyChoice choice;
    if (best) {
        choice.kind = KeyChoice::Kind::Use;
        choice.name = best->info.name;
        choice.secret = best->secret;
        return choice;
    }
    if (earliest || waitingForReplies) {
        choice.kind = KeyChoice::Kind::Wait;
        choice.untilMs = earliest.value_or(0);
        choice.reason = tr("Waiting for the OTX keys' rate limits.");
        return choice;
    }

    choice.kind = KeyChoice::Kind::Exhausted;
    bool anySpent = false;
    bool anyRefused = false;
    for (const Key &key : std::as_const(m_keys)) {
        anySpent = anySpent || (!key.secret.isEmpty() && key.info.remainingOn(day) == 0);
        anyRefused = anyRefused || key.info.health == OtxKeyHealth::Invalid;
    }
    if (m_keys.isEmpty()) {
        choice.reason = tr("There is no OTX key. Add one under Keys.");
    } else if (anySpent) {
        choice.reason = tr("Every usable OTX key has spent its daily budget. The work resumes "
                           "after midnight, or add a key under Keys.");
    } else if (anyRefused) {
        choice.reason = tr("OTX refused every OTX key (HTTP 403). Check the keys under Keys "
                           "and test them.");
    } else {
        choice.reason = tr("No OTX key could be read from the keychain. Unlock the keychain "
                           "or enter the keys again under Keys.");
    }
    return choice;
}

KeyRing::Key *KeyRing::find(const QString &name)
{
    for (Key &key : m_keys) {
        if (key.info.name == name) {
            return &key;
        }
    }
    return nullptr;
}

bool KeyRing::sent(const QString &name, qint64 nowMs)
{
    Key *key = find(name);
    if (!key) {
        return false;
    }
    const QString day = dayOf(nowMs);
    if (m_store) {
        if (auto used = m_store->reserveUse(name, day); !used) {
            // The request goes out uncounted rather than stopping the job on a database fault.
            qCWarning(lcKeys) << "Could not count a request on an OTX key."
                              << "key:" << name << "reason:" << used.error().text();
        } else if (!used.value()) {
            // Other jobs or desktops spent what was left of the key's day.
            qCInfo(lcKeys) << "An OTX key's daily budget was spent elsewhere; it is not used."
                           << "key:" << name;
            key->info.usedToday = key->info.dailyLimit;
            key->info.usageDay = day;
            return false;
        } else {
            // The stored count includes other jobs' requests with the same key.
            key->sent.push_back(nowMs);
            ++key->inFlight;
            key->info.usedToday = *used.value();
            key->info.usageDay = day;
            return true;
        }
    }
    key->sent.push_back(nowMs);
    ++key->inFlight;
    key->info.usedToday = key->info.usedOn(day) + 1;
    key->info.usageDay = day;
    return true;
}

void KeyRing::answered(const QString &name,
                       KeyOutcome outcome,
                       qint64 nowMs,
                       std::optional<int> retryAfterSeconds)
{
    Key *key = find(name);
    if (!key) {
        return;
    }
    key->inFlight = std::max(0, key->inFlight - 1);
    switch (outcome) {
    case KeyOutcome::Answered:
        // An answer to a request sent before a 429 or 403 says nothing new: a rest ends only
        // when its time is up, and a refused key stays refused until a test passes.
        if (key->info.health == OtxKeyHealth::Invalid
            || (key->info.limitedUntilMs && nowMs < *key->info.limitedUntilMs)) {
            break;
        }
        if (key->info.health != OtxKeyHealth::Ok) {
            key->info.health = OtxKeyHealth::Ok;
            key->info.limitedUntilMs.reset();
            key->info.lastError.clear();
            persistHealth(*key, nowMs);
        }
        break;
    case KeyOutcome::Throttled: {
        const qint64 rest = retryAfterSeconds && *retryAfterSeconds > 0
                                    ? qint64(*retryAfterSeconds) * 1000
                                    : m_options.cooldownMs;
        const qint64 until = nowMs + rest;
        // A later 429 never shortens a rest already under way.
        key->info.limitedUntilMs = std::max(key->info.limitedUntilMs.value_or(0), until);
        key->info.health = OtxKeyHealth::Limited;
        key->info.lastError = tr("OTX limited this key (HTTP 429).");
        persistHealth(*key, nowMs);
        qCInfo(lcKeys) << "OTX limited a key; it rests."
                       << "key:" << name << "seconds:" << rest / 1000;
        m_notices.append(tr("OTX is limiting the key \"%1\" (HTTP 429); it rests for %n "
                            "second(s) while other keys take over.",
                            nullptr,
                            static_cast<int>((rest + 999) / 1000))
                                 .arg(name));
        break;
    }
    case KeyOutcome::Refused:
        key->info.health = OtxKeyHealth::Invalid;
        key->info.limitedUntilMs.reset();
        key->info.lastError = tr("OTX refused this key (HTTP 403).");
        persistHealth(*key, nowMs);
        qCWarning(lcKeys) << "OTX refused a key; it is not used again until tested."
                          << "key:" << name;
        m_notices.append(tr("OTX refused the key \"%1\" (HTTP 403): it is wrong or revoked. It "
                            "is not used again until you test it under Keys.")
                                 .arg(name));
        break;
    case KeyOutcome::NoAnswer:
        break;
    }
}

QStringList KeyRing::takeNotices()
{
    return std::exchange(m_notices, {});
}

void KeyRing::persistHealth(Key &key, qint64 nowMs)
{
    key.info.lastCheckMs = nowMs;
    if (!m_store) {
        return;
    }
    if (auto saved = m_store->setHealth(key.info.name,
                                        key.info.health,
                                        key.info.limitedUntilMs,
                                        key.info.lastError,
                                        nowMs);
        !saved) {
        qCWarning(lcKeys) << "Could not record an OTX key's health."
                          << "key:" << key.info.name << "reason:" << saved.error().text();
    }
}
