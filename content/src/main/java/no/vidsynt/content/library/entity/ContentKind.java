package no.vidsynt.content.library.entity;

/** What an item is, decided from its bytes: it sets how the item is previewed and delivered. */
public enum ContentKind {
    IMAGE,
    DOCUMENT,
    VIDEO,
    AUDIO,
    MARKDOWN,
    CAPTIONS,
    PACKAGE
}
