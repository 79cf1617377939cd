package org.globaloffice.reporting.dashboard;

import java.io.Serializable;

/** A school as a chart names it: its code on the axis, its names in the table beside the chart. */
public record SchoolLabel(String code, String nameZh, String nameEn) implements Serializable {
}
