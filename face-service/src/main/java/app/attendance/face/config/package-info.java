/** The service's configuration: the {@code face.*} properties and the beans they drive. */
package app.attendance.face.config;
