using System.Globalization;

namespace Archive.Import.Speakers;

/// <summary>
/// The presidents of the United States, named as the Miller Center names them, with the day each took office.
/// A transcript's <c>THE PRESIDENT</c> is whoever held the office that day, which is not always the president the
/// file belongs to: in the Ford-Carter debates of 1976, filed under Carter, <c>THE PRESIDENT</c> is Ford.
/// </summary>
public static class Presidents
{
    private static readonly (string Name, DateOnly From)[] Terms =
    [
        ("George Washington", Day("1789-04-30")), ("John Adams", Day("1797-03-04")), ("Thomas Jefferson", Day("1801-03-04")),
        ("James Madison", Day("1809-03-04")), ("James Monroe", Day("1817-03-04")), ("John Quincy Adams", Day("1825-03-04")),
        ("Andrew Jackson", Day("1829-03-04")), ("Martin Van Buren", Day("1837-03-04")), ("William Harrison", Day("1841-03-04")),
        ("John Tyler", Day("1841-04-04")), ("James K. Polk", Day("1845-03-04")), ("Zachary Taylor", Day("1849-03-05")),
        ("Millard Fillmore", Day("1850-07-09")), ("Franklin Pierce", Day("1853-03-04")), ("James Buchanan", Day("1857-03-04")),
        ("Abraham Lincoln", Day("1861-03-04")), ("Andrew Johnson", Day("1865-04-15")), ("Ulysses S. Grant", Day("1869-03-04")),
        ("Rutherford B. Hayes", Day("1877-03-04")), ("James A. Garfield", Day("1881-03-04")), ("Chester A. Arthur", Day("1881-09-19")),
        ("Grover Cleveland", Day("1885-03-04")), ("Benjamin Harrison", Day("1889-03-04")), ("Grover Cleveland", Day("1893-03-04")),
        ("William McKinley", Day("1897-03-04")), ("Theodore Roosevelt", Day("1901-09-14")), ("William Taft", Day("1909-03-04")),
        ("Woodrow Wilson", Day("1913-03-04")), ("Warren G. Harding", Day("1921-03-04")), ("Calvin Coolidge", Day("1923-08-02")),
        ("Herbert Hoover", Day("1929-03-04")), ("Franklin D. Roosevelt", Day("1933-03-04")), ("Harry S. Truman", Day("1945-04-12")),
        ("Dwight D. Eisenhower", Day("1953-01-20")), ("John F. Kennedy", Day("1961-01-20")), ("Lyndon B. Johnson", Day("1963-11-22")),
        ("Richard Nixon", Day("1969-01-20")), ("Gerald Ford", Day("1974-08-09")), ("Jimmy Carter", Day("1977-01-20")),
        ("Ronald Reagan", Day("1981-01-20")), ("George H. W. Bush", Day("1989-01-20")), ("Bill Clinton", Day("1993-01-20")),
        ("George W. Bush", Day("2001-01-20")), ("Barack Obama", Day("2009-01-20")), ("Donald Trump", Day("2017-01-20")),
        ("Joe Biden", Day("2021-01-20")),
    ];

    /// <summary>How many years before taking office a president is looked for among a transcript's labels (a candidate in a debate).</summary>
    private const int CandidateYears = 12;

    /// <summary>The president in office on <paramref name="date"/>, or null before 1789.</summary>
    public static string? InOffice(DateOnly date) => Terms.LastOrDefault(t => t.From <= date).Name;

    /// <summary>
    /// Presidents a label on <paramref name="date"/> may name by title and surname: the one in office, those before him
    /// who were still alive in public life, and candidates who took office within twelve years.
    /// </summary>
    public static IEnumerable<string> Around(DateOnly date) =>
        Terms.Where(t => t.From <= date.AddYears(CandidateYears) && t.From >= date.AddYears(-CandidateYears)).Select(t => t.Name).Distinct();

    /// <summary>The surname a label uses: <c>Bush</c> for <c>George H. W. Bush</c>, <c>Van Buren</c> for <c>Martin Van Buren</c>.</summary>
    public static string Surname(string name)
    {
        var words = name.Split(' ', StringSplitOptions.RemoveEmptyEntries);
        if (words.Length > 1 && words[^1].TrimEnd('.') is "Jr" or "Sr")
        {
            words = words[..^1];
        }
        return words.Length > 2 && words[^2] == "Van" ? words[^2] + " " + words[^1] : words[^1].TrimEnd(',');
    }

    private static DateOnly Day(string iso) => DateOnly.ParseExact(iso, "yyyy-MM-dd", CultureInfo.InvariantCulture);
}
