/// The thing a change is about, as one edition states it: an item of the model, a text or a value
/// of the edition's header.
public enum DiffItem: Sendable, Hashable {
    /// A casualty, displacement or damage figure.
    case figure(Figure)
    /// A border entry.
    case border(Border)
    /// An aid flight.
    case flight(AidFlight)
    /// An international response.
    case response(Response)
    /// A government measure.
    case measure(Measure)
    /// An allegation.
    case allegation(Allegation)
    /// A source entry.
    case source(Source)
    /// The summary or a highlight, in Markdown as written.
    case text(String)
    /// A header value that is a whole number (the edition number).
    case number(Int)
    /// Any other header value, as written (a date, a name, places joined with ", ").
    case value(String)
}
