/**
 * Authors' content: upload, validation, storage, versions, publishing and safe delivery of pictures, documents,
 * media and e-learning packages. Depends on the core only.
 */
package no.vidsynt.content;
