<?xml version="1.0" encoding="UTF-8"?>
<!-- Tirta Benteng application answer -> outcome + canonical application result
     (mappings/canonical/application-result.schema.json). status: 00 registered for a site survey;
     14 unknown customer (NOT_FOUND); 32 invalid value and 52-59 refusals on the merits (REJECTED,
     never retried); 41 collector account refused (AUTH_FAILED); anything else AGENCY_ERROR. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xmlns:xs="http://www.w3.org/2001/XMLSchema" exclude-result-prefixes="#all">
  <xsl:output method="json" indent="no"/>

  <xsl:template match="/">
    <xsl:variable name="r" select="response"/>
    <xsl:variable name="status" select="string($r/status)"/>
    <xsl:variable name="message" select="string($r/message)"/>
    <xsl:variable name="p" select="$r/permohonan"/>
    <xsl:choose>
      <xsl:when test="empty($r/status)">
        <xsl:sequence select="map{'outcome': 'AGENCY_ERROR', 'reason': 'answer without status'}"/>
      </xsl:when>
      <xsl:when test="$status = '00'">
        <xsl:variable name="day" select="string($p/tgl_daftar)"/>
        <xsl:variable name="survey" select="string($p/jadwal_survei)"/>
        <xsl:sequence select="map{
          'outcome': 'OK',
          'agencyReference': string($p/no_registrasi),
          'result': map{
            'documentType': string($p/jenis),
            'registrationNumber': string($p/no_registrasi),
            'issuedOn': substring($day, 1, 4) || '-' || substring($day, 5, 2) || '-' || substring($day, 7, 2),
            'message': 'Permohonan diterima (' || string($p/status_permohonan) || '); survei lokasi '
                || substring($survey, 7, 2) || '-' || substring($survey, 5, 2) || '-' || substring($survey, 1, 4)
          }
        }"/>
      </xsl:when>
      <xsl:when test="$status = '14'">
        <xsl:sequence select="map{'outcome': 'NOT_FOUND', 'reason': $message}"/>
      </xsl:when>
      <xsl:when test="$status = '32' or (string-length($status) = 2 and starts-with($status, '5'))">
        <xsl:sequence select="map{'outcome': 'REJECTED', 'reason': $message}"/>
      </xsl:when>
      <xsl:when test="$status = '41'">
        <xsl:sequence select="map{'outcome': 'AUTH_FAILED', 'reason': $message}"/>
      </xsl:when>
      <xsl:otherwise>
        <xsl:sequence select="map{'outcome': 'AGENCY_ERROR', 'reason': $status || ' ' || $message}"/>
      </xsl:otherwise>
    </xsl:choose>
  </xsl:template>
</xsl:stylesheet>
