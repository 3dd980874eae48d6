namespace Glocal.Web.Portal;

/// <summary>Marker for the public portal's strings: Resources/Portal/PortalResource.{language}.resx, Korean as the neutral file.</summary>
public sealed class PortalResource;
