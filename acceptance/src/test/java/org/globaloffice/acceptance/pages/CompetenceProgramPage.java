package org.globaloffice.acceptance.pages;

import java.time.LocalDate;
import org.openqa.selenium.By;
import org.openqa.selenium.Keys;
import org.openqa.selenium.WebDriver;
import org.openqa.selenium.support.ui.ExpectedConditions;

/**
 * {@code faculty/competence-program.xhtml}: a global competence program with its tabs — the program, its sessions
 * and lecturers, the participants (enrolment, completion, certificate) and the attendance per session — and the
 * totals above them.
 */
public class CompetenceProgramPage extends SignedInPage {

    public CompetenceProgramPage(WebDriver driver, String base) {
        super(driver, base);
        element("tabs:form");
    }

    public static CompetenceProgramPage openNew(WebDriver driver, String base) {
        driver.get(base + "faculty/competence-program.xhtml");
        return new CompetenceProgramPage(driver, base);
    }

    /** Opens the page again (the tabs keep what they loaded first). */
    public CompetenceProgramPage reload() {
        driver.get(driver.getCurrentUrl());
        return new CompetenceProgramPage(driver, base);
    }

    public CompetenceProgramPage fillIn(int year, String title, String organiser) {
        replace("tabs:form:year_input", String.valueOf(year));
        type("tabs:form:title", title);
        type("tabs:form:organiser", organiser);
        return this;
    }

    public CompetenceProgramPage save() {
        clickAndWaitForNewPage("tabs:form:save");
        return new CompetenceProgramPage(driver, base);
    }

    public CompetenceProgramPage openTab(String title) {
        driver.findElement(By.xpath("//*[@id='tabs']//ul[contains(@class,'ui-tabs-nav')]//a[normalize-space()='"
                + title + "']")).click();
        waitForAjax();
        return this;
    }

    /** Adds a session with one foreign lecturer, on the Sessions tab. */
    public CompetenceProgramPage addSession(String theme, LocalDate on, int hours, String place, String lecturer,
            String institution) {
        click("tabs:sessions:newSession");
        waitForAjax();
        type("tabs:sessions:theme", theme);
        replace("tabs:sessions:startsOn_input", on.toString());
        closeCalendars();
        replace("tabs:sessions:endsOn_input", on.toString());
        closeCalendars();
        type("tabs:sessions:hours_input", String.valueOf(hours));
        type("tabs:sessions:place", place);
        type("tabs:sessions:lecturers:0:lecturerName", lecturer);
        type("tabs:sessions:lecturers:0:lecturerInstitution", institution);
        click("tabs:sessions:saveSession");
        waitForAjax();
        waiting().until(d -> d.findElements(By.id("tabs:sessions:editor")).isEmpty());
        return this;
    }

    /** Selects what a field holds and types over it (a date field comes filled in with today). */
    private void replace(String clientId, String text) {
        element(clientId).sendKeys(Keys.chord(Keys.CONTROL, "a"), text);
    }

    public String sessionsText() {
        return element("tabs:sessions:table").getText();
    }

    /** Enrols a member by staff number, on the Participants tab. */
    public CompetenceProgramPage enrol(String staffNumber) {
        type("tabs:participants:member_input", staffNumber);
        click("tabs:participants:enrol");
        waitForAjax();
        return this;
    }

    public String participantsText() {
        return element("tabs:participants:table").getText();
    }

    /** Records that everybody attended the whole session, on the Attendance tab. */
    public CompetenceProgramPage recordFullAttendance(String theme) {
        click("tabs:attendance:session");
        waiting().until(ExpectedConditions.elementToBeClickable(By.xpath(
                "//*[@id='tabs:attendance:session_items']//li[contains(@data-label, '" + theme + "')]"))).click();
        waitForAjax();
        click("tabs:attendance:fillAll");
        waitForAjax();
        click("tabs:attendance:saveAttendance");
        waitForAjax();
        return this;
    }

    public String attendanceMessages() {
        return element("tabs:attendance:messages").getText();
    }

    /** Downloads the first participant's certificate (a plain request: the page stays). */
    public void downloadFirstCertificate() {
        click("tabs:participants:table:0:certificate");
    }

    public String total(String which) {
        return element(which).getText();
    }
}
