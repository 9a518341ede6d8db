package org.gongkai.app.catalog.api;

import org.gongkai.app.system.api.RecordedAction;

/**
 * An event of the catalog module: an agency's catalog, a column or an item changed. Each is past
 * tense, carries its actor and time, and is kept by the record of actions.
 */
public sealed interface CatalogEvent extends RecordedAction
        permits CatalogOpened,
                CatalogColumnCreated,
                CatalogColumnChanged,
                CatalogSettingsChanged,
                ItemDrafted,
                ItemChanged,
                ItemSubmitted,
                ItemApproved,
                ItemReturned,
                ItemPublished,
                ItemWithdrawn,
                GuideChanged,
                DemoCatalogLoaded,
                AttachmentAdded,
                AttachmentRemoved,
                CorrectionDrafted,
                ItemCorrected,
                ValidityChanged {}
