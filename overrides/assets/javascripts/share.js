// The share button of each page: the system's share sheet where the browser
// has one (Web Share API), otherwise the page's address copied to the clipboard.
// Nothing is sent anywhere by this site.
for (const button of document.querySelectorAll(".md-share")) {
  button.addEventListener("click", async () => {
    const url = location.href
    if (navigator.share) {
      try {
        await navigator.share({ title: document.title, url })
        return
      } catch (error) {
        if (error.name === "AbortError") return  // the reader closed the sheet
      }
    }
    try {
      await navigator.clipboard.writeText(url)
      window.alert$.next("Link copied to clipboard")
    } catch {
      window.prompt("Copy this link:", url)
    }
  })
}
