/**
 * Practice training in groups (treningsgrupper), the programme's main focus: the trainer forms groups of three or
 * four within a core cohort and assigns them to practice sessions, where the roles (supervisor, supervisee, observers)
 * rotate; before a session the supervisor prepares and the supervisee brings a case, after it each observer gives the
 * supervisor structured feedback and the supervisor reflects on it. Start reading at {@code control.PracticeRounds}.
 */
package no.vidsynt.veiledning.practice;
