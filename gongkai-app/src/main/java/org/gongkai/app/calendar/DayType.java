package org.gongkai.app.calendar;

/** What a State Council holiday notice (or a regional calendar) says about one date. */
enum DayType {
    /** 放假: an official day off, also when it falls on a weekday. */
    OFF,
    /** 调休上班: an adjusted working day, usually a Saturday or Sunday. */
    WORK
}
