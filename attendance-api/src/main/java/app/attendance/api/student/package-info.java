/**
 * Students, their guardians, biometric consent, logins and the active flag (an inactive student is
 * on no roster and never recognised; their history stays): entity, CRUD, import and REST.
 */
package app.attendance.api.student;
