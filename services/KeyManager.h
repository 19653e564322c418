#pragma once

#include "models/KeyStore.h"
#include "models/Result.h"

#include <QCoreApplication>
#include <QSqlDatabase>
#include <QString>
#include <QUrl>

class SecretStore;

/// How a key test went.
struct KeyTestResult
{
    QString health;  ///< OtxKeyHealth: ok, invalid, limited; unknown when OTX could not be asked
    QString message; ///< a sentence for the analyst
    std::optional<int> retryAfterSeconds;
};

/// The key ring as the analyst manages it: metadata in the store, secrets in the keychain,
/// kept in step (a key is never listed without its secret being saved, and a removed key's
/// secret is deleted). Blocking (the keychain and OTX): call it from a job thread or the
/// command line.
class KeyManager
{
    Q_DECLARE_TR_FUNCTIONS(KeyManager)

public:
    KeyManager(QSqlDatabase db, SecretStore &secrets);

    Result<QList<OtxKeyInfo>> keys() const;
    /// Saves the secret in the keychain, then lists the key; nothing is listed when the
    /// keychain refuses.
    Result<OtxKeyInfo> add(const QString &name,
                           const QString &secret,
                           int dailyLimit,
                           int perMinute,
                           qint64 nowMs);
    /// Unlists the key and deletes its secret.
    Result<void> remove(const QString &name);
    /// Renames the key and moves its secret to the new name.
    Result<void> rename(const QString &from, const QString &to);
    Result<void> setPrimary(const QString &name);
    Result<void> setLimits(const QString &name, int dailyLimit, int perMinute);

    /// Asks OTX with the key (one cheap authenticated request: the first subscribed pulse),
    /// counts the request, and records the key's health; a key refused before is usable
    /// again when the test passes.
    Result<KeyTestResult> test(const QString &name, const QUrl &otxBaseUrl, qint64 nowMs);

    /// The single key of earlier versions (keychain entry "otx-api-key"), when there is no
    /// key ring yet: it becomes the primary key "default". True when a key was taken over.
    Result<bool> adoptLegacyKey(qint64 nowMs);

    /// One request with `secret` to OTX: what it says about the key. Blocking.
    static KeyTestResult probe(const QUrl &otxBaseUrl, const QString &secret, int timeoutMs);

private:
    QSqlDatabase m_db;
    SecretStore &m_secrets;
};
