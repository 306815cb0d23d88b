// Tells the server the browser's time zone (IANA id) so dates are shown in it; the server falls back to UTC without it.
(function () {
    var zone = Intl.DateTimeFormat().resolvedOptions().timeZone;
    if (!zone) return;
    var cookie = 'approvals-tz=' + encodeURIComponent(zone);
    if (document.cookie.split('; ').indexOf(cookie) < 0)
        document.cookie = cookie + '; path=/; max-age=31536000; samesite=lax';
})();
