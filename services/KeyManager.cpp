#include "services/KeyManager.h"

#include "services/KeyRing.h"
#include "services/Logging.h"
#include "services/OtxClient.h"
#include "services/SecretStore.h"

#include <QDateTime>
#include <QUrlQuery>

using namespace Qt::StringLiterals;

KeyManager::KeyManager(QSqlDatabase db, SecretStore &secrets)
    : m_db(std::move(db))
    , m_secrets(secrets)
{
}

Result<QList<OtxKeyInfo>> KeyManager::keys() const
{
    return KeyStore(m_db).keys();
}

Result<OtxKeyInfo> KeyManager::add(const QString &name,
                                   const QString &secret,
                                   int dailyLimit,
                                   int perMinute,
                                   qint64 nowMs)
{
    const auto clean = KeyStore::cleanName(name);
    if (!clean) {
        return clean.error();
    }
    const QString value = secret.trimmed();
    if (value.isEmpty()) {
        return Error{tr("The key is empty. Paste the key from your OTX account page (Settings, "
                        "API key)."),
                     {},
                     u"keys.empty"_s};
    }
    KeyStore store(m_db);
    if (auto existing = store.key(clean.value()); existing) {
        return Error{tr("There is already an OTX key named \"%1\". Choose another name.")
                             .arg(clean.value()),
                     {},
                     u"keys.duplicate"_s};
    }
    if (auto saved = m_secrets.write(SecretKeys::otxKey(clean.value()), value); !saved) {
        return Error{tr("The key was not saved: %1").arg(saved.error().message),
                     saved.error().detail,
                     saved.error().code};
    }
    auto added = store.add(clean.value(), dailyLimit, perMinute, nowMs);
    if (!added) {
        m_secrets.remove(SecretKeys::otxKey(clean.value()));
        return added.error();
    }
    qCInfo(lcKeys) << "An OTX key was added."
                   << "key:" << clean.value();
    return added;
}

Result<void> KeyManager::remove(const QString &name)
{
    if (auto removed = KeyStore(m_db).remove(name); !removed) {
        return removed;
    }
    if (auto gone = m_secrets.remove(SecretKeys::otxKey(name));
        !gone && gone.error().code != SecretError::NotFound) {
        qCWarning(lcKeys) << "An OTX key was removed but its secret could not be deleted."
                          << "key:" << name << "reason:" << gone.error().text();
        return Error{tr("The key \"%1\" was removed, but the keychain kept its secret: %2")
                             .arg(name, gone.error().message),
                     gone.error().detail};
    }
    qCInfo(lcKeys) << "An OTX key was removed."
                   << "key:" << name;
    return {};
}

Result<void> KeyManager::rename(const QString &from, const QString &to)
{
    const auto clean = KeyStore::cleanName(to);
    if (!clean) {
        return clean.error();
    }
    if (clean.value() == from) {
        return {};
    }
    KeyStore store(m_db);
    if (auto existing = store.key(from); !existing) {
        return existing.error();
    }
    const auto secret = m_secrets.read(SecretKeys::otxKey(from));
    if (!secret) {
        return Error{tr("The key \"%1\" cannot be renamed: its secret cannot be read (%2).")
                             .arg(from, secret.error().message),
                     secret.error().detail};
    }
    if (auto saved = m_secrets.write(SecretKeys::otxKey(clean.value()), secret.value()); !saved) {
        return saved;
    }
    if (auto renamed = store.rename(from, clean.value()); !renamed) {
        m_secrets.remove(SecretKeys::otxKey(clean.value()));
        return renamed;
    }
    if (auto gone = m_secrets.remove(SecretKeys::otxKey(from));
        !gone && gone.error().code != SecretError::NotFound) {
        return Error{tr("The key was renamed, but the keychain kept its secret under the old "
                        "name \"%1\": %2")
                             .arg(from, gone.error().message),
                     gone.error().detail};
    }
    return {};
}

Result<void> KeyManager::setPrimary(const QString &name)
{
    return KeyStore(m_db).setPrimary(name);
}

Result<void> KeyManager::setLimits(const QString &name, int dailyLimit, int perMinute)
{
    return KeyStore(m_db).setLimits(name, dailyLimit, perMinute);
}

KeyTestResult KeyManager::probe(const QUrl &otxBaseUrl, const QString &secret, int timeoutMs)
{
    OtxClientOptions options;
    options.baseUrl = otxBaseUrl;
    options.apiKey = secret;
    options.timeoutMs = timeoutMs;
    options.maxRetries = 0;
    OtxClient client(options);
    const auto reply = client.get(u"/api/v1/pulses/subscribed"_s,
                                  QUrlQuery{{u"limit"_s, u"1"_s}, {u"page"_s, u"1"_s}});
    KeyTestResult result;
    if (reply) {
        result.health = OtxKeyHealth::Ok;
        result.message = tr("OTX accepted the key.");
    } else if (reply.error().code == OtxError::BadKey) {
        result.health = OtxKeyHealth::Invalid;
        result.message = tr("OTX refused the key (HTTP 403): it is wrong or revoked.");
    } else if (reply.error().code == OtxError::RateLimited) {
        result.health = OtxKeyHealth::Limited;
        result.message = tr("OTX is limiting the key (HTTP 429); it works, but must rest.");
    } else {
        result.health = OtxKeyHealth::Unknown;
        result.message = tr("The key could not be tested: %1").arg(reply.error().text());
    }
    return result;
}

Result<KeyTestResult> KeyManager::test(const QString &name, const QUrl &otxBaseUrl, qint64 nowMs)
{
    KeyStore store(m_db);
    const auto info = store.key(name);
    if (!info) {
        return info.error();
    }
    const auto secret = m_secrets.read(SecretKeys::otxKey(name));
    if (!secret) {
        return Error{tr("The key \"%1\" cannot be tested: its secret cannot be read (%2).")
                             .arg(name, secret.error().message),
                     secret.error().detail,
                     secret.error().code};
    }
    KeyRingOptions ringOptions;
    const QString day =
            QDateTime::fromMSecsSinceEpoch(nowMs, ringOptions.zone).date().toString(Qt::ISODate);
    if (auto counted = store.recordUse(name, day); !counted) {
        return counted.error();
    }
    KeyTestResult result = probe(otxBaseUrl, secret.value(), 30000);
    if (result.health != OtxKeyHealth::Unknown) {
        std::optional<qint64> until;
        if (result.health == OtxKeyHealth::Limited) {
            until = nowMs + ringOptions.cooldownMs;
        }
        if (auto saved =
                    store.setHealth(name,
                                    result.health,
                                    until,
                                    result.health == OtxKeyHealth::Ok ? QString() : result.message,
                                    nowMs);
            !saved) {
            result.message +=
                    u' ' + tr("The result could not be recorded: %1").arg(saved.error().text());
        }
    }
    qCInfo(lcKeys) << "An OTX key was tested."
                   << "key:" << name << "health:" << result.health;
    return result;
}

Result<bool> KeyManager::adoptLegacyKey(qint64 nowMs)
{
    KeyStore store(m_db);
    const auto existing = store.keys();
    if (!existing) {
        return existing.error();
    }
    if (!existing->isEmpty()) {
        return false;
    }
    const auto legacy = m_secrets.read(SecretKeys::OtxApiKey);
    if (!legacy || legacy.value().trimmed().isEmpty()) {
        return false;
    }
    const QString name = u"default"_s;
    auto added = add(name,
                     legacy.value(),
                     OtxKeyInfo::DEFAULT_DAILY_LIMIT,
                     OtxKeyInfo::DEFAULT_PER_MINUTE,
                     nowMs);
    if (!added) {
        return added.error();
    }
    m_secrets.remove(SecretKeys::OtxApiKey);
    qCInfo(lcKeys) << "The OTX key of an earlier version joined the key ring."
                   << "key:" << name;
    return true;
}
