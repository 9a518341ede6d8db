/**
 * Letters to applicants and others (文书, 条例第三十、三十二至三十六条; 国办函〔2020〕109号): the receipt, the
 * clarification, extension, consultation and fee notices and the reply of every kind, each from a template the
 * agency may edit (defaults in {@code letter/defaults/}), rendered as DOCX (Apache POI) and PDF (openhtmltopdf,
 * the CJK font embedded), and issued with a gap-free 文号 — an issued letter never changes. Other modules (the
 * request module) call it through {@code letter :: api}; it depends on no module that would call it.
 */
@org.springframework.modulith.ApplicationModule(
        displayName = "文书",
        allowedDependencies = {"system :: api", "agency :: api"})
package org.gongkai.app.letter;
