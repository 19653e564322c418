#include "services/MispExportService.h"

#include "models/Database.h"
#include "models/MispExportStore.h"
#include "models/PulseStore.h"
#include "services/Logging.h"

#include <QDateTime>
#include <QElapsedTimer>
#include <QHash>
#include <QJsonArray>
#include <QSet>
#include <QThreadPool>
#include <QtConcurrent>

using namespace Qt::StringLiterals;

namespace {

constexpr int PROGRESS_PER_PULSE = 1000;

QString tr(const char *text)
{
    return QCoreApplication::translate("MispExportService", text);
}

QSet<QString> attributeUuids(const QJsonObject &event)
{
    QSet<QString> out;
    for (const QJsonValue &v : event.value("Attribute"_L1).toArray()) {
        const QJsonObject a = v.toObject();
        const QJsonValue deleted = a.value("deleted"_L1);
        if (deleted.toBool() || deleted.toString() == u"1"_s) {
            continue;
        }
        out.insert(a.value("uuid"_L1).toString().toLower());
    }
    return out;
}

QStringList eventTags(const QJsonObject &event)
{
    QStringList out;
    for (const QJsonValue &v : event.value("Tag"_L1).toArray()) {
        out.append(v.toObject().value("name"_L1).toString());
    }
    return out;
}

/// One pulse's export against one MISP server.
class PulseExport
{
public:
    PulseExport(MispClient &client,
                PulseStore &pulses,
                MispExportStore &exports,
                const MispExportOptions &options,
                const MispGalaxy &galaxy,
                const MispTypeTable &types,
                std::function<bool()> isCancelled,
                std::function<void(int, const QString &)> progress)
        : m_client(client)
        , m_pulses(pulses)
        , m_exports(exports)
        , m_options(options)
        , m_galaxy(galaxy)
        , m_types(types)
        , m_isCancelled(std::move(isCancelled))
        , m_progress(std::move(progress))
    {
    }

    MispPulseResult exportPulse(const QString &otxId, bool publish);
    MispPulseResult publishPulse(const QString &otxId);

private:
    MispPulseResult fail(MispPulseResult result, const Error &error);
    Result<QJsonObject> viewEvent(const QString &eventId);
    Result<void> updateEvent(const QJsonObject &current);
    Result<void> sendAttributes(const QList<MispAttributeDraft> &toSend);
    Result<void> saveState(const QString &status, const QString &lastError);

    MispClient &m_client;
    PulseStore &m_pulses;
    MispExportStore &m_exports;
    const MispExportOptions &m_options;
    const MispGalaxy &m_galaxy;
    const MispTypeTable &m_types;
    std::function<bool()> m_isCancelled;
    std::function<void(int, const QString &)> m_progress;

    // The pulse being exported.
    Pulse m_pulse;
    MispEventDraft m_draft;
    MispExportState m_state;
    QHash<QString, QString> m_rejections; ///< attribute uuid -> MISP's reason
    QList<MispExportProblem> m_problems;
    int m_sent = 0;
};

MispPulseResult PulseExport::fail(MispPulseResult result, const Error &error)
{
    result.action = MispPulseResult::Action::Failed;
    result.error = error;
    result.eventId = m_state.eventId;
    result.attributesSent = m_sent;
    if (m_state.pulseRowId != 0 && error.code != MispError::Cancelled) {
        // Keep the event id: the next run picks the event up where this one stopped.
        if (auto saved = saveState(MispExportStatus::Failed, error.text()); !saved) {
            qCWarning(lcExport) << "Could not record a failed export."
                                << "pulse:" << result.otxId;
        }
    } else if (m_state.pulseRowId != 0 && !m_state.eventId.isEmpty()) {
        saveState(MispExportStatus::Partial, tr("Cancelled before the export finished."));
    }
    qCWarning(lcExport) << "Export of a pulse failed."
                        << "pulse:" << result.otxId << "error:" << error.text();
    return result;
}

Result<void> PulseExport::saveState(const QString &status, const QString &lastError)
{
    m_state.status = status;
    m_state.lastError = lastError;
    m_state.attemptedAtMs = QDateTime::currentMSecsSinceEpoch();
    m_state.tlpTag = m_draft.tlpTag;
    m_state.tlpDefaulted = m_draft.tlpDefaulted;
    return m_exports.saveState(m_state);
}

Result<QJsonObject> PulseExport::viewEvent(const QString &eventId)
{
    auto reply = m_client.get(u"/events/view/%1"_s.arg(eventId));
    if (!reply) {
        return reply.error();
    }
    if (reply.value().status == 404) {
        return Error{tr("MISP has no event %1 (it may have been deleted).").arg(eventId),
                     MispClient::describeFailure(reply.value()),
                     MispError::NotFound};
    }
    if (!reply.value().ok()) {
        return Error{tr("MISP would not show event %1.").arg(eventId),
                     MispClient::describeFailure(reply.value()),
                     MispError::Server};
    }
    const QJsonObject event = reply.value().object().value("Event"_L1).toObject();
    if (event.isEmpty()) {
        return Error{tr("MISP answered without the event."), {}, MispError::Malformed};
    }
    return event;
}

Result<void> PulseExport::updateEvent(const QJsonObject &current)
{
    // An edit only ever adds tags: send the missing ones, and take other TLP tags off
    // explicitly so that the event keeps exactly one.
    QSet<QString> have;
    const QStringList currentTags = eventTags(current);
    for (const QString &tag : currentTags) {
        have.insert(tag.toCaseFolded());
    }
    QJsonArray missing;
    for (const QString &tag : m_draft.tags) {
        if (!have.contains(tag.toCaseFolded())) {
            missing.append(QJsonObject{{u"name"_s, tag}});
        }
    }
    const bool infoChanged = current.value("info"_L1).toString() != m_draft.info
                             || current.value("date"_L1).toString() != m_draft.date;
    for (const QString &tag : currentTags) {
        if (tag.startsWith(u"tlp:"_s, Qt::CaseInsensitive)
            && tag.compare(m_draft.tlpTag, Qt::CaseInsensitive) != 0) {
            auto removed = m_client.post(
                    u"/tags/removeTagFromObject"_s,
                    QJsonDocument(QJsonObject{{u"uuid"_s, m_draft.uuid}, {u"tag"_s, tag}}));
            if (!removed) {
                return removed.error();
            }
            if (!removed.value().ok()) {
                return Error{tr("MISP would not remove the old TLP tag %1 from event %2.")
                                     .arg(tag, m_state.eventId),
                             MispClient::describeFailure(removed.value()),
                             MispError::Rejected};
            }
        }
    }
    if (!infoChanged && missing.isEmpty()) {
        return {};
    }
    QJsonObject event{{u"info"_s, m_draft.info}, {u"date"_s, m_draft.date}};
    if (!missing.isEmpty()) {
        event.insert(u"Tag"_s, missing);
    }
    auto edited = m_client.post(u"/events/edit/%1"_s.arg(m_state.eventId),
                                QJsonDocument(QJsonObject{{u"Event"_s, event}}));
    if (!edited) {
        return edited.error();
    }
    if (!edited.value().ok()) {
        return Error{tr("MISP would not update event %1.").arg(m_state.eventId),
                     MispClient::describeFailure(edited.value()),
                     MispError::Rejected};
    }
    return {};
}

Result<void> PulseExport::sendAttributes(const QList<MispAttributeDraft> &toSend)
{
    const int batchSize = std::max(1, m_options.batchSize);
    const int batches = static_cast<int>((toSend.size() + batchSize - 1) / batchSize);
    for (int b = 0; b < batches; ++b) {
        if (m_isCancelled()) {
            return Error{tr("Cancelled."), {}, MispError::Cancelled};
        }
        const int first = b * batchSize;
        const int count = std::min<int>(batchSize, static_cast<int>(toSend.size()) - first);
        QJsonArray body;
        for (int i = first; i < first + count; ++i) {
            body.append(MispMapping::attributeJson(toSend.at(i)));
        }
        m_progress(PROGRESS_PER_PULSE * b / batches,
                   tr("%1: attributes %2–%3 of %4")
                           .arg(m_draft.info)
                           .arg(first + 1)
                           .arg(first + count)
                           .arg(toSend.size()));
        auto reply =
                m_client.post(u"/attributes/add/%1"_s.arg(m_state.eventId), QJsonDocument(body));
        m_sent += count;
        if (!reply) {
            return reply.error();
        }
        const MispReply &r = reply.value();
        if (r.status == 404) {
            return Error{tr("MISP no longer has event %1 (it was deleted while exporting).")
                                 .arg(m_state.eventId),
                         MispClient::describeFailure(r),
                         MispError::NotFound};
        }
        const QJsonObject errors = r.object().value("errors"_L1).toObject();
        if (!r.ok() && errors.isEmpty()) {
            return Error{tr("MISP refused the attributes for event %1.").arg(m_state.eventId),
                         MispClient::describeFailure(r),
                         MispError::Rejected};
        }
        // List bodies report refusals as attribute_<index in this request>.
        for (auto it = errors.begin(); it != errors.end(); ++it) {
            bool ok = false;
            const int index = it.key().section(u'_', 1).toInt(&ok);
            if (ok && index >= 0 && index < count) {
                m_rejections.insert(toSend.at(first + index).uuid,
                                    MispClient::errorsText(it.value()));
            }
        }
    }
    return {};
}

MispPulseResult PulseExport::exportPulse(const QString &otxId, bool publish)
{
    MispPulseResult result;
    result.otxId = otxId;
    m_state = {};
    m_rejections.clear();
    m_problems.clear();
    m_sent = 0;

    auto loaded = m_pulses.loadPulse(otxId);
    if (!loaded) {
        return fail(result, loaded.error());
    }
    m_pulse = std::move(loaded.value());
    result.name = m_pulse.name;
    m_draft = MispMapping::buildEvent(m_pulse, m_options.event, m_galaxy, m_types);
    result.eventUuid = m_draft.uuid;
    result.indicatorsSkipped = static_cast<int>(m_draft.skipped.size());
    for (const MispSkippedIndicator &s : m_draft.skipped) {
        m_problems.append({u"skipped"_s, s.otxType, {}, s.value, {}, s.reason});
    }

    auto stored = m_exports.state(m_pulse.rowId);
    if (!stored) {
        return fail(result, stored.error());
    }
    const bool unchanged = stored.value()
                           && (stored.value()->status == MispExportStatus::Exported
                               || stored.value()->status == MispExportStatus::Skipped)
                           && stored.value()->exportedRevision == m_pulse.revision
                           && stored.value()->exportedModifiedMs == m_pulse.modifiedMs;
    if (stored.value()) {
        m_state = *stored.value();
    }
    m_state.pulseRowId = m_pulse.rowId;
    m_state.eventUuid = m_draft.uuid;
    if (unchanged) {
        result.action = MispPulseResult::Action::Unchanged;
        result.eventId = m_state.eventId;
        result.attributesAccepted = m_state.attributesAccepted;
        result.attributesRejected = m_state.attributesRejected;
        if (publish && m_state.status == MispExportStatus::Exported) {
            return publishPulse(otxId);
        }
        return result;
    }

    const int indicatorAttributes = static_cast<int>(
            std::count_if(m_draft.attributes.cbegin(),
                          m_draft.attributes.cend(),
                          [](const MispAttributeDraft &a) { return !a.otxType.isEmpty(); }));
    if (indicatorAttributes == 0 && m_state.eventId.isEmpty()) {
        // Never an event without indicators: MISP would refuse to publish it, and an analyst
        // reading it would find nothing to act on.
        m_state.exportedRevision = m_pulse.revision;
        m_state.exportedModifiedMs = m_pulse.modifiedMs;
        m_state.attributesSkipped = result.indicatorsSkipped;
        const QString reason = tr("No indicator of this pulse can become a MISP attribute.");
        m_state.status = MispExportStatus::Skipped;
        m_state.lastError = reason;
        m_state.attemptedAtMs = QDateTime::currentMSecsSinceEpoch();
        if (auto saved = m_exports.saveState(m_state, m_problems); !saved) {
            return fail(result, saved.error());
        }
        result.action = MispPulseResult::Action::Skipped;
        result.error = Error{reason, {}, {}};
        return result;
    }

    bool created = false;
    QSet<QString> present;
    // Reads an existing event and brings its info and tags up to date; false when MISP has
    // no such event (deleted there, or a stale id).
    auto adopt = [&](const QString &eventId) -> Result<bool> {
        auto current = viewEvent(eventId);
        if (!current) {
            if (current.error().code == MispError::NotFound) {
                return false;
            }
            return current.error();
        }
        present = attributeUuids(current.value());
        if (auto updated = updateEvent(current.value()); !updated) {
            return updated.error();
        }
        return true;
    };
    if (!m_state.eventId.isEmpty()) {
        auto adopted = adopt(m_state.eventId);
        if (!adopted) {
            return fail(result, adopted.error());
        }
        if (!adopted.value()) {
            qCInfo(lcExport) << "The pulse's MISP event is gone; creating it again."
                             << "pulse:" << otxId << "event:" << m_state.eventId;
            m_state.eventId.clear();
        }
    }
    for (int attempt = 0; attempt < 2 && m_state.eventId.isEmpty(); ++attempt) {
        const int first = std::min<int>(std::max(1, m_options.batchSize),
                                        static_cast<int>(m_draft.attributes.size()));
        m_progress(0, tr("%1: creating the event").arg(m_draft.info));
        auto reply = m_client.post(u"/events/add"_s,
                                   QJsonDocument(MispMapping::eventJson(m_draft, first)));
        if (!reply) {
            return fail(result, reply.error());
        }
        const MispReply &r = reply.value();
        const QString name = r.object().value("name"_L1).toString();
        if (r.ok()) {
            const QJsonObject event = r.object().value("Event"_L1).toObject();
            m_state.eventId = event.value("id"_L1).toVariant().toString();
            if (m_state.eventId.isEmpty()) {
                return fail(result,
                            Error{tr("MISP created the event but did not say its id."),
                                  {},
                                  MispError::Malformed});
            }
            m_sent += first;
            present = attributeUuids(event);
            created = true;
            // Recorded at once: a crash from here on resumes on this event.
            if (auto saved = saveState(MispExportStatus::Partial, {}); !saved) {
                return fail(result, saved.error());
            }
        } else if (r.status == 404 && !r.location.isEmpty()) {
            // The uuid exists (exported before this store knew, or by a colleague).
            m_state.eventId = r.location.section(u'/', -1);
            auto adopted = adopt(m_state.eventId);
            if (!adopted) {
                return fail(result, adopted.error());
            }
            if (!adopted.value()) {
                m_state.eventId.clear();
            }
        } else if (r.status == 403 && name.contains(u"blocklist"_s, Qt::CaseInsensitive)) {
            const QString reason = tr("MISP blocks this pulse's event: it was deleted in MISP, "
                                      "which puts its uuid %1 on the event blocklist. Ask a "
                                      "MISP admin to remove it from the blocklist "
                                      "(Administration, Event blocklist) to export it again.")
                                           .arg(m_draft.uuid);
            m_state.eventId.clear();
            m_state.attemptedAtMs = QDateTime::currentMSecsSinceEpoch();
            m_state.status = MispExportStatus::Blocked;
            m_state.lastError = reason;
            if (auto saved = m_exports.saveState(m_state, m_problems); !saved) {
                return fail(result, saved.error());
            }
            result.action = MispPulseResult::Action::Blocked;
            result.error = Error{reason, name, MispError::Blocklisted};
            return result;
        } else {
            return fail(result,
                        Error{tr("MISP refused to create the event for this pulse."),
                              MispClient::describeFailure(r),
                              MispError::Rejected});
        }
    }
    if (m_state.eventId.isEmpty()) {
        return fail(result,
                    Error{tr("MISP says the event exists but does not show it."),
                          m_draft.uuid,
                          MispError::NotFound});
    }
    result.eventId = m_state.eventId;

    // Everything not in the event yet. Attributes MISP dropped silently from /events/add go
    // again through /attributes/add, which says why it refuses them.
    QList<MispAttributeDraft> toSend;
    for (const MispAttributeDraft &a : std::as_const(m_draft.attributes)) {
        if (!present.contains(a.uuid)) {
            toSend.append(a);
        }
    }
    if (auto sent = sendAttributes(toSend); !sent) {
        return fail(result, sent.error());
    }

    // Read back: what the event holds is the truth, whatever the answers said.
    m_progress(PROGRESS_PER_PULSE - 1, tr("%1: checking the event").arg(m_draft.info));
    auto readBack = viewEvent(m_state.eventId);
    if (!readBack) {
        return fail(result, readBack.error());
    }
    const QSet<QString> stored2 = attributeUuids(readBack.value());
    int accepted = 0;
    for (const MispAttributeDraft &a : std::as_const(m_draft.attributes)) {
        if (stored2.contains(a.uuid)) {
            ++accepted;
            continue;
        }
        const QString reason = m_rejections.value(a.uuid);
        const bool rejected = !reason.isEmpty();
        m_problems.append({rejected ? u"rejected"_s : u"dropped"_s,
                           a.otxType,
                           a.type,
                           a.otxType.isEmpty() ? a.value : a.otxValue,
                           a.uuid,
                           rejected ? reason
                                    : tr("MISP did not keep this attribute and gave no reason "
                                         "(MISP's audit log may say why).")});
        (rejected ? result.attributesRejected : result.attributesDropped) += 1;
    }
    result.attributesAccepted = accepted;
    result.attributesSent = m_sent;
    result.action = created ? MispPulseResult::Action::Created : MispPulseResult::Action::Updated;

    m_state.exportedRevision = m_pulse.revision;
    m_state.exportedModifiedMs = m_pulse.modifiedMs;
    m_state.exportedAtMs = QDateTime::currentMSecsSinceEpoch();
    m_state.attemptedAtMs = *m_state.exportedAtMs;
    m_state.publishedAtMs.reset(); // any change unpublishes the event in MISP
    m_state.attributesSent = m_sent;
    m_state.attributesAccepted = accepted;
    m_state.attributesRejected = result.attributesRejected + result.attributesDropped;
    m_state.attributesSkipped = result.indicatorsSkipped;
    m_state.tlpTag = m_draft.tlpTag;
    m_state.tlpDefaulted = m_draft.tlpDefaulted;
    m_state.status = MispExportStatus::Exported;
    m_state.lastError.clear();
    if (auto saved = m_exports.saveState(m_state, m_problems); !saved) {
        return fail(result, saved.error());
    }
    qCInfo(lcExport) << "Exported a pulse to MISP."
                     << "pulse:" << otxId << "event:" << m_state.eventId << "sent:" << m_sent
                     << "in event:" << accepted << "rejected:" << result.attributesRejected
                     << "dropped:" << result.attributesDropped
                     << "skipped:" << result.indicatorsSkipped;
    if (publish) {
        MispPulseResult published = publishPulse(otxId);
        if (published.action == MispPulseResult::Action::Failed) {
            result.error = published.error;
        }
    }
    return result;
}

MispPulseResult PulseExport::publishPulse(const QString &otxId)
{
    MispPulseResult result;
    result.otxId = otxId;
    auto loaded = m_pulses.loadPulse(otxId);
    if (!loaded) {
        result.error = loaded.error();
        return result;
    }
    result.name = loaded.value().name;
    auto stored = m_exports.state(loaded.value().rowId);
    if (!stored) {
        result.error = stored.error();
        return result;
    }
    if (!stored.value() || stored.value()->eventId.isEmpty()
        || stored.value()->status != MispExportStatus::Exported) {
        result.error = Error{tr("Export the pulse before publishing its event."), {}, {}};
        return result;
    }
    MispExportState state = *stored.value();
    result.eventId = state.eventId;
    result.eventUuid = state.eventUuid;
    result.attributesAccepted = state.attributesAccepted;
    if (state.attributesAccepted == 0) {
        result.error = Error{tr("The event has no attributes; MISP does not publish empty "
                                "events."),
                             {},
                             {}};
        return result;
    }
    auto reply =
            m_client.post(u"/events/publish/%1"_s.arg(state.eventId), QJsonDocument(QJsonObject()));
    if (!reply) {
        result.error = reply.error();
        return result;
    }
    if (!reply.value().ok()) {
        result.error = Error{tr("MISP would not publish event %1.").arg(state.eventId),
                             MispClient::describeFailure(reply.value()),
                             MispError::Rejected};
        return result;
    }
    state.publishedAtMs = QDateTime::currentMSecsSinceEpoch();
    if (auto saved = m_exports.saveState(state); !saved) {
        result.error = saved.error();
        return result;
    }
    qCInfo(lcExport) << "Published a MISP event."
                     << "pulse:" << otxId << "event:" << state.eventId;
    result.action = MispPulseResult::Action::Published;
    return result;
}

} // namespace

int MispExportOutcome::count(MispPulseResult::Action action) const
{
    return static_cast<int>(
            std::count_if(pulses.cbegin(), pulses.cend(), [action](const MispPulseResult &r) {
                return r.action == action;
            }));
}

qint64 MispExportOutcome::attributesSent() const
{
    qint64 n = 0;
    for (const MispPulseResult &r : pulses) {
        n += r.attributesSent;
    }
    return n;
}

qint64 MispExportOutcome::attributesAccepted() const
{
    qint64 n = 0;
    for (const MispPulseResult &r : pulses) {
        n += r.attributesAccepted;
    }
    return n;
}

QFuture<MispExportOutcome> MispExportService::start(QThreadPool *pool,
                                                    const MispExportRequest &request,
                                                    const MispExportOptions &options)
{
    return QtConcurrent::run(pool, [request, options](QPromise<MispExportOutcome> &promise) {
        run(promise, request, options);
    });
}

QFuture<Result<MispServerInfo>> MispExportService::testConnection(QThreadPool *pool,
                                                                  const MispClientOptions &options)
{
    return QtConcurrent::run(pool, [options]() -> Result<MispServerInfo> {
        MispClient client(options);
        return client.testConnection();
    });
}

void MispExportService::run(QPromise<MispExportOutcome> &promise,
                            const MispExportRequest &request,
                            const MispExportOptions &options)
{
    QElapsedTimer timer;
    timer.start();
    MispExportOutcome outcome;
    promise.start();
    auto finish = [&](const QString &status) {
        outcome.status = status;
        outcome.durationMs = timer.elapsed();
        promise.addResult(outcome);
        promise.finish();
    };
    auto isCancelled = [&promise] {
        return promise.isCanceled();
    };

    ScopedConnection connection(options.database, u"export"_s, true);
    if (!connection.ok()) {
        outcome.error = connection.error();
        finish(u"failed"_s);
        return;
    }
    MispClient client(options.misp);
    client.setCancelCheck(isCancelled);
    PulseStore pulses(connection.db());
    MispExportStore exports(connection.db(),
                            MispExportStore::serverKey(options.misp.baseUrl.toString()));

    QStringList ids = request.pulseIds;
    if (request.mode == MispExportRequest::Mode::Pending) {
        auto pending = exports.pending(request.pendingLimit);
        if (!pending) {
            outcome.error = pending.error();
            finish(u"failed"_s);
            return;
        }
        ids.clear();
        for (const MispPendingPulse &p : pending.value()) {
            ids.append(p.otxId);
        }
    }
    promise.setProgressRange(0,
                             std::max<int>(1, static_cast<int>(ids.size())) * PROGRESS_PER_PULSE);
    promise.setProgressValueAndText(0, tr("Connecting to MISP"));

    auto connected = client.testConnection();
    if (!connected) {
        outcome.error = connected.error();
        outcome.httpRequests = client.requestCount();
        finish(connected.error().code == MispError::Cancelled ? u"cancelled"_s : u"failed"_s);
        return;
    }
    outcome.serverVersion = connected.value().version;

    MispTypeTable types;
    auto described = client.describeTypes();
    if (described) {
        if (auto table = MispTypeTable::fromJson(described.value()); table) {
            types = table.value();
        } else {
            outcome.warnings.append(table.error().text());
        }
    } else if (described.error().code == MispError::Cancelled) {
        finish(u"cancelled"_s);
        return;
    } else {
        outcome.warnings.append(tr("MISP did not list its attribute types; types are not "
                                   "checked before sending.")
                                + u' ' + described.error().text());
    }
    MispGalaxy galaxy;
    if (auto loaded = MispGalaxy::load(options.galaxyFolder); loaded) {
        galaxy = loaded.value();
    } else {
        outcome.warnings.append(loaded.error().text());
    }
    if (galaxy.attackPatternCount() == 0) {
        qCInfo(lcExport) << "No ATT&CK galaxy data; pulses' ATT&CK ids get no tags.";
    }

    int index = 0;
    PulseExport exporter(
            client,
            pulses,
            exports,
            options,
            galaxy,
            types,
            isCancelled,
            [&promise, &index, &ids](int within, const QString &text) {
                promise.setProgressValueAndText(
                        index * PROGRESS_PER_PULSE + within,
                        tr("Pulse %1 of %2: %3").arg(index + 1).arg(ids.size()).arg(text));
            });
    for (; index < ids.size(); ++index) {
        if (promise.isCanceled()) {
            break;
        }
        promise.setProgressValueAndText(index * PROGRESS_PER_PULSE,
                                        tr("Pulse %1 of %2").arg(index + 1).arg(ids.size()));
        MispPulseResult r = request.mode == MispExportRequest::Mode::Publish
                                    ? exporter.publishPulse(ids.at(index))
                                    : exporter.exportPulse(ids.at(index), request.publish);
        const bool cancelled = r.error.code == MispError::Cancelled;
        outcome.pulses.append(std::move(r));
        if (cancelled) {
            break;
        }
    }
    outcome.httpRequests = client.requestCount();
    if (promise.isCanceled()) {
        finish(u"cancelled"_s);
        return;
    }
    promise.setProgressValue(static_cast<int>(ids.size()) * PROGRESS_PER_PULSE);
    finish(u"completed"_s);
}

QString MispExportService::actionName(MispPulseResult::Action action)
{
    switch (action) {
    case MispPulseResult::Action::Created:
        return u"created"_s;
    case MispPulseResult::Action::Updated:
        return u"updated"_s;
    case MispPulseResult::Action::Unchanged:
        return u"unchanged"_s;
    case MispPulseResult::Action::Skipped:
        return u"skipped"_s;
    case MispPulseResult::Action::Blocked:
        return u"blocked"_s;
    case MispPulseResult::Action::Failed:
        return u"failed"_s;
    case MispPulseResult::Action::Published:
        return u"published"_s;
    }
    return u"failed"_s;
}

QString MispExportService::summary(const MispExportOutcome &o)
{
    if (o.status == u"failed"_s) {
        return tr("MISP export failed: %1").arg(o.error.text());
    }
    using A = MispPulseResult::Action;
    QString text = tr("MISP export %1: %n pulse(s); created %2, updated %3, unchanged %4, "
                      "skipped %5, blocked %6, failed %7; %8 attributes in events.",
                      nullptr,
                      static_cast<int>(o.pulses.size()))
                           .arg(o.status == u"cancelled"_s ? tr("cancelled") : tr("done"))
                           .arg(o.count(A::Created))
                           .arg(o.count(A::Updated))
                           .arg(o.count(A::Unchanged))
                           .arg(o.count(A::Skipped))
                           .arg(o.count(A::Blocked))
                           .arg(o.count(A::Failed))
                           .arg(o.attributesAccepted());
    if (const int published = o.count(A::Published); published > 0) {
        text += u' ' + tr("Published %1.").arg(published);
    }
    return text;
}
