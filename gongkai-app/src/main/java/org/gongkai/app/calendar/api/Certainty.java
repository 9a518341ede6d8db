package org.gongkai.app.calendar.api;

/** Whether a computed date rests on published notices only, or on a year whose notice is not loaded yet. */
public enum Certainty {
    /** Every day examined lies in a year whose State Council notice is loaded. */
    FINAL,
    /**
     * 暂定: at least one day examined lies in a year without a loaded notice, so its holidays were taken from
     * 《全国年节及纪念日放假办法》 with no 调休 known. Show it as 暂定 and recompute when the notice is loaded.
     */
    PROVISIONAL
}
