#include "services/Logging.h"

Q_LOGGING_CATEGORY(lcOtx, "otxdesk.services.otx", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSync, "otxdesk.services.sync", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSecrets, "otxdesk.services.secrets", QtInfoMsg)
Q_LOGGING_CATEGORY(lcSettings, "otxdesk.services.settings", QtInfoMsg)
Q_LOGGING_CATEGORY(lcMisp, "otxdesk.services.misp", QtInfoMsg)
Q_LOGGING_CATEGORY(lcExport, "otxdesk.services.export", QtInfoMsg)
Q_LOGGING_CATEGORY(lcKeys, "otxdesk.services.keys", QtInfoMsg)
Q_LOGGING_CATEGORY(lcEnrich, "otxdesk.services.enrich", QtInfoMsg)
Q_LOGGING_CATEGORY(lcScheduler, "otxdesk.services.scheduler", QtInfoMsg)
