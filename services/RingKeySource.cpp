#include "services/RingKeySource.h"

#include "models/Database.h"
#include "services/SecretStore.h"

#include <QDateTime>

using namespace Qt::StringLiterals;

RingKeySource::RingKeySource(DatabaseConfig database,
                             std::shared_ptr<SecretStore> secrets,
                             KeyRingOptions options)
    : m_database(std::move(database))
    , m_secrets(std::move(secrets))
    , m_options(std::move(options))
{
}

RingKeySource::~RingKeySource()
{
    // The ring and the store use the connection: they go first.
    m_ring.reset();
    m_store.reset();
    m_connection.reset();
}

bool RingKeySource::open(QString *why)
{
    if (m_ring) {
        return true;
    }
    m_connection =
            std::make_unique<ScopedConnection>(m_database,
                                               Database::uniqueConnectionName(u"key-ring"_s));
    if (!m_connection->ok()) {
        *why = m_connection->error().text();
        return false;
    }
    m_store = std::make_unique<KeyStore>(m_connection->db());
    if (!m_secrets) {
        *why = tr("No keychain to read the OTX keys from.");
        return false;
    }
    auto ring = KeyRing::load(*m_store, *m_secrets, m_options);
    if (!ring) {
        *why = ring.error().text();
        return false;
    }
    m_ring = std::move(ring.value());
    return true;
}

std::optional<OtxKeySource::Key> RingKeySource::next(qint64 *waitMs, QString *why)
{
    *waitMs = 0;
    if (!open(why)) {
        return std::nullopt;
    }
    const qint64 now = QDateTime::currentMSecsSinceEpoch();
    const KeyChoice choice = m_ring->choose(now);
    switch (choice.kind) {
    case KeyChoice::Kind::Use:
        return Key{choice.name, choice.secret};
    case KeyChoice::Kind::Wait:
        // One request at a time: nothing is in flight, so a wait always has an end.
        *waitMs = choice.untilMs > now ? choice.untilMs - now : 100;
        *why = choice.reason;
        return std::nullopt;
    case KeyChoice::Kind::Exhausted:
        break;
    }
    *why = choice.reason;
    return std::nullopt;
}

bool RingKeySource::sent(const QString &name)
{
    return m_ring && m_ring->sent(name, QDateTime::currentMSecsSinceEpoch());
}

void RingKeySource::answered(const QString &name, int httpStatus, int retryAfterSeconds)
{
    if (!m_ring) {
        return;
    }
    KeyOutcome outcome = KeyOutcome::Answered;
    if (httpStatus == 0) {
        outcome = KeyOutcome::NoAnswer;
    } else if (httpStatus == 429) {
        outcome = KeyOutcome::Throttled;
    } else if (httpStatus == 403 || httpStatus == 401) {
        outcome = KeyOutcome::Refused;
    }
    m_ring->answered(name,
                     outcome,
                     QDateTime::currentMSecsSinceEpoch(),
                     retryAfterSeconds > 0 ? std::optional<int>(retryAfterSeconds) : std::nullopt);
}

QStringList RingKeySource::takeNotices()
{
    return m_ring ? m_ring->takeNotices() : QStringList{};
}
