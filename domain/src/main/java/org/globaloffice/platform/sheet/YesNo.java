package org.globaloffice.platform.sheet;

/** The two answers of a yes/no column; labelled {@code choice.YesNo.*} in a sheet's bundle. */
public enum YesNo {
    YES, NO
}
