package org.gongkai.app.system.api;

/**
 * One entry of the office navigation: its label (a message key), where it leads, the permission a
 * person needs to see it, and its place (lower first). A module offers its entries as a {@link
 * NavigationEntries} bean; the shell shows each person the entries they may use.
 */
public record NavigationEntry(String labelKey, String path, Permission permission, int order) {}
