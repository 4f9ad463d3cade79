/** Image intake: format sniffing, size limits before decoding, EXIF orientation and bilinear sampling. */
package app.attendance.face.image;
