package app.attendance.api.device;

/** A created device or rotated key: the plain key is shown this once. */
record DeviceWithKey(DeviceView device, String key) {
}
