/**
 * Who takes part in Veiledning: cohorts (kull) of the programme's course with their plan and requirements, and the way
 * in — a leader's nomination or a person's application their leader approves — to the trainer's admission, waiting
 * list or rejection. Mails tell the person of each decision; the leader sees their department's trainees in aggregate.
 */
package no.vidsynt.veiledning.cohort;
