<?xml version="1.0" encoding="UTF-8"?>
<!-- Canonical envelope -> Tirta Benteng POST /layanan/sambungan-baru (new connection).
     no_ref carries the hub's request id (Tirta Benteng deduplicates on it). Free text is sent in
     upper case, as the back office keeps it; the catalogue's codes become the back end's. -->
<xsl:stylesheet version="3.0" xmlns:xsl="http://www.w3.org/1999/XSL/Transform"
    xpath-default-namespace="http://www.w3.org/2005/xpath-functions" exclude-result-prefixes="#all">
  <xsl:output method="xml" encoding="UTF-8" indent="no"/>

  <xsl:variable name="uses" select="map{'house': 'RUMAH_TINGGAL', 'shop': 'TOKO', 'house-and-shop': 'RUMAH_TOKO',
      'place-of-worship': 'TEMPAT_IBADAH', 'school': 'SEKOLAH', 'office': 'KANTOR', 'other': 'LAINNYA'}"/>
  <xsl:variable name="ownership" select="map{'owner': 'MILIK_SENDIRI', 'tenant': 'SEWA'}"/>

  <xsl:template match="/map">
    <xsl:variable name="data" select="map[@key = 'data']"/>
    <request>
      <no_ref><xsl:value-of select="string[@key = 'requestId']"/></no_ref>
      <nik><xsl:value-of select="map[@key = 'citizen']/string[@key = 'nik']"/></nik>
      <alamat><xsl:value-of select="upper-case($data/string[@key = 'address'])"/></alamat>
      <kelurahan><xsl:value-of select="upper-case($data/string[@key = 'kelurahan'])"/></kelurahan>
      <kecamatan><xsl:value-of select="upper-case($data/string[@key = 'kecamatan'])"/></kecamatan>
      <gol_diminta><xsl:value-of select="$data/string[@key = 'tariffClass']"/></gol_diminta>
      <peruntukan><xsl:value-of select="$uses($data/string[@key = 'buildingUse'])"/></peruntukan>
      <status_bangunan><xsl:value-of select="$ownership($data/string[@key = 'ownership'])"/></status_bangunan>
      <xsl:if test="$data/string[@key = 'nearestCustomerId']">
        <cust_id_terdekat><xsl:value-of select="$data/string[@key = 'nearestCustomerId']"/></cust_id_terdekat>
      </xsl:if>
      <no_hp><xsl:value-of select="$data/string[@key = 'phone']"/></no_hp>
      <loket><xsl:value-of select="upper-case(map[@key = 'caller']/string[@key = 'site'])"/></loket>
    </request>
  </xsl:template>
</xsl:stylesheet>
