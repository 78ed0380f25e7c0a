"""The web page in headless Chromium: sign in with a token, see projects and jobs with scores, open a report.

Needs the Debian packages ``chromium`` and ``chromium-driver``; skipped (with the reason) when they
are not installed.
"""

from __future__ import annotations

import pytest

pytestmark = [pytest.mark.browser, pytest.mark.slow]


def test_dashboard_lists_jobs_with_scores_and_opens_the_report(browser, served) -> None:
    from selenium.webdriver.common.by import By
    from selenium.webdriver.support.ui import WebDriverWait

    url = served.live.url
    browser.get(f"{url}/ui")
    assert browser.current_url.endswith("/ui/login")  # no cookie yet: sent to sign in
    browser.find_element(By.ID, "token").send_keys("nss_wrong")
    browser.find_element(By.ID, "signin").click()
    # A click returns before the form's POST and redirect complete: wait for the page they lead to.
    error = WebDriverWait(browser, 30).until(lambda driver: driver.find_elements(By.ID, "error"))
    assert "unknown or revoked token" in error[0].text

    browser.find_element(By.ID, "token").send_keys(served.tokens["viewer"])
    browser.find_element(By.ID, "signin").click()
    WebDriverWait(browser, 30).until(lambda driver: driver.current_url.endswith("/ui"))
    assert "workspace default" in browser.find_element(By.TAG_NAME, "h1").text
    assert "p (" in browser.find_element(By.ID, "projects").text
    row = browser.find_element(By.ID, served.job["id"])
    assert row.find_element(By.CLASS_NAME, "status").text == "completed"
    sqs = float(row.find_element(By.CLASS_NAME, "sqs").text)
    assert sqs == pytest.approx(served.job["summary"]["synthetic_data_quality_score"], abs=0.01)
    row.find_element(By.CLASS_NAME, "report").click()  # the API route, authorised by the page's cookie
    WebDriverWait(browser, 30).until(lambda driver: "synthetic data report" in driver.title)
    assert "this token" not in browser.page_source[:2000]  # not a 401/403 body


def test_page_escapes_user_supplied_names(served) -> None:
    from .live import submit

    with served.client("member") as member:
        job = submit(member, name="<script>alert(1)</script>", action="validate", data=served.data)
        assert job.status_code == 201
        member.cookies.set("nss_token", served.tokens["member"])
        del member.headers["authorization"]  # the page's own way in: the cookie
        response = member.get("/ui")
    assert response.status_code == 200 and "&lt;script&gt;alert(1)&lt;/script&gt;" in response.text
    assert "<script>" not in response.text
