package org.globaloffice.cooperation.entity;

/** The level of education a cooperative program leads to. */
public enum ProgramLevel {
    ASSOCIATE, BACHELOR, MASTER, DOCTORAL
}
